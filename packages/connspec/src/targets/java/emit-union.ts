import { objectOf, type Discriminator, type TypeNode } from '../../core/index.js';
import type { FileContext } from './context.js';
import { JACKSON, JDK, VALIDATION } from './libs.js';
import { commentText, javaString } from './literals.js';
import { mapType, type JType } from './type-map.js';

/**
 * A union as a sealed interface whose branches are nested types, so the interface can be sealed
 * wherever the branch classes live (Java seals only within one package unless the code is a named
 * module): an object branch is a final subclass of its class (`OfMysqlConnection extends
 * MysqlConnection`, so `instanceof MysqlConnection` still works), any other branch a small class holding
 * the value. `of(...)` wraps a plain value.
 */
export interface UnionSpec {
  readonly name: string;
  readonly variants: readonly TypeNode[];
  readonly combinator: 'oneOf' | 'anyOf' | 'type';
  readonly discriminator?: Discriminator;
  readonly extendsClause: string;
  readonly doc: string;
  /** Annotations placed before the interface (e.g. `@Deprecated`). */
  readonly annotations: readonly string[];
  readonly modifiers: string;
}

interface Variant {
  readonly nested: string;
  readonly label: string;
  readonly type: JType;
  readonly subclass: boolean;
}

export function emitUnion(ctx: FileContext, spec: UnionSpec, nestedTypes: readonly string[] = []): string {
  const variants = planVariants(ctx, spec);
  const tagged = spec.discriminator !== undefined && variants.every((v) => v.subclass) && spec.discriminator.values.length === variants.length ? spec.discriminator : undefined;
  const body = [factories(spec.name, variants), ...variants.map((v) => (v.subclass ? subclass(ctx, spec.name, v) : wrapper(ctx, spec.name, v))), deserializer(ctx, spec, variants, tagged), ...nestedTypes];
  const annotations = [...(tagged ? typeInfo(ctx, spec.name, variants, tagged) : []), `@${ctx.t(JACKSON.JsonDeserialize)}(using = ${spec.name}.Deserializer.class)`, ...spec.annotations];
  const permits = variants.map((v) => `${spec.name}.${v.nested}`).join(', ');
  const doc = (tagged ? tagComment(tagged.property, tagOptional(ctx, spec.variants, tagged.property)) : '') + spec.doc;
  return `${doc}${annotations.join('\n')}\n${spec.modifiers}sealed interface ${spec.name}${spec.extendsClause} permits ${permits} {\n\n${body.filter((b) => b).join('\n\n')}\n}\n`;
}

function tagComment(tag: string, optional: boolean): string {
  const property = commentText(tag);
  const missing = optional
    ? [
        '// The tag is optional in some branch (connection tags have a default), and then an object is valid when',
        '// exactly one branch accepts it: defaultImpl sends that case (and an unknown tag, which no branch accepts)',
        '// to Deserializer, which tries every branch and demands exactly one match.',
      ]
    : ['// Every branch requires the tag: defaultImpl sends a missing or unknown one to Deserializer, which tries', '// every branch (none can match) and reports why each failed.'];
  return [
    `// Tag "${property}". JSON Schema's oneOf needs exactly one branch to match, and every branch pins "${property}"`,
    '// to its own value: a present tag can only match its own branch, so Jackson picks that branch by name',
    '// (EXISTING_PROPERTY, visible, so the branch still reads it) and Bean Validation checks it.',
    ...missing,
    '',
  ].join('\n');
}

/** Whether some branch lets the tag be left out. */
function tagOptional(ctx: FileContext, variants: readonly TypeNode[], property: string): boolean {
  return variants.some((v) => objectOf(ctx.plan.ir.declarations, v)?.properties.find((p) => p.name === property)?.required !== true);
}

function planVariants(ctx: FileContext, spec: UnionSpec): Variant[] {
  const out: Variant[] = [];
  const seen = new Set<string>();
  spec.variants.forEach((node, i) => {
    const type = mapType(ctx, node);
    const key = type.planned?.decl.id ?? `${i}`;
    if (seen.has(key)) return;
    seen.add(key);
    const label = type.planned ? type.text.slice(type.text.lastIndexOf('.') + 1) : KIND_WORDS[type.kind];
    let nested = `Of${label}`;
    if (out.some((v) => v.nested === nested) || nested === spec.name) nested = `Of${type.planned?.decl.name ?? label}Option${i + 1}`;
    out.push({ nested, label, type, subclass: type.kind === 'class' });
  });
  return out;
}

const KIND_WORDS: Readonly<Record<JType['kind'], string>> = {
  string: 'String', int: 'Integer', long: 'Integer', double: 'Number', boolean: 'Boolean', any: 'Value', enum: 'Enum', class: 'Object', union: 'Union', list: 'List',
};

function factories(name: string, variants: readonly Variant[]): string {
  const erasures = new Set<string>();
  const out: string[] = [];
  for (const v of variants) {
    if (erasures.has(v.type.raw)) continue;
    erasures.add(v.type.raw);
    const body = v.subclass ? `value instanceof ${name} union ? union : new ${v.nested}(value)` : `new ${v.nested}(value)`;
    out.push(`    /** {@code value} as a ${javaDocName(v.label)} branch of ${name}. */\n    static ${name} of(${v.type.text} value) {\n        return ${body};\n    }`);
  }
  return out.join('\n\n');
}

function javaDocName(label: string): string {
  return label.replace(/[^\p{L}\p{N}_]/gu, '');
}

/** Annotations every branch carries: no inherited type id, no inherited union deserializer. */
function branchAnnotations(ctx: FileContext): string {
  const info = ctx.t(JACKSON.JsonTypeInfo);
  return `    @${info}(use = ${info}.Id.NONE)\n    @${ctx.t(JACKSON.JsonDeserialize)}(using = ${ctx.t(JACKSON.JsonDeserializer)}.None.class)\n`;
}

function subclass(ctx: FileContext, name: string, v: Variant): string {
  return [
    `    /** A ${javaDocName(v.label)} as a branch of ${name}. */`,
    `${branchAnnotations(ctx)}    final class ${v.nested} extends ${v.type.text} implements ${name} {`,
    `        public ${v.nested}() {`,
    '        }',
    '',
    `        public ${v.nested}(${v.type.text} source) {`,
    '            super(source);',
    '        }',
    '    }',
  ].join('\n');
}

/** A value branch: a small immutable holder that reads and writes as the bare value. */
function wrapper(ctx: FileContext, name: string, v: Variant): string {
  const creator = ctx.t(JACKSON.JsonCreator);
  const objects = ctx.t(JDK.Objects);
  const override = `        @${ctx.imports.lang('Override')}`;
  // Jackson binds a one-argument Double/Long creator only from that exact JSON number kind (3 is not 3.0).
  const numeric = ['double', 'long', 'int'].includes(v.type.kind);
  const annotations = [...(v.type.cascade ? [`@${ctx.t(VALIDATION.Valid)}`] : []), ...v.type.constraints].map((a) => `        ${a}\n`).join('');
  return [
    `    /** A ${javaDocName(v.label)} value as a branch of ${name}. */`,
    `${branchAnnotations(ctx)}    final class ${v.nested} implements ${name} {`,
    `${annotations}        private final ${v.type.text} value;`,
    '',
    ...(numeric ? [] : [`        @${creator}(mode = ${creator}.Mode.DELEGATING)`]),
    `        public ${v.nested}(${v.type.text} value) {`,
    '            this.value = value;',
    '        }',
    ...(numeric ? ['', ...numberCreator(ctx, v)] : []),
    '',
    `        @${ctx.t(JACKSON.JsonValue)}`,
    `        public ${v.type.text} value() {`,
    '            return this.value;',
    '        }',
    '',
    override,
    `        public boolean equals(${ctx.imports.lang('Object')} other) {`,
    `            return other instanceof ${v.nested} that && ${objects}.equals(this.value, that.value);`,
    '        }',
    '',
    override,
    '        public int hashCode() {',
    `            return ${objects}.hashCode(this.value);`,
    '        }',
    '',
    override,
    `        public ${ctx.imports.lang('String')} toString() {`,
    `            return ${ctx.imports.lang('String')}.valueOf(this.value);`,
    '        }',
    '    }',
  ].join('\n');
}

/** Reads any JSON number (the union checked its shape: whole where an integer is due) into the held type. */
function numberCreator(ctx: FileContext, v: Variant): string[] {
  const creator = ctx.t(JACKSON.JsonCreator);
  const convert = { double: 'value.doubleValue()', long: `${ctx.support('ConnspecJson')}.decimal(value).longValueExact()`, int: `${ctx.support('ConnspecJson')}.decimal(value).intValueExact()` }[v.type.kind as 'double' | 'long' | 'int'];
  return [
    `        @${creator}(mode = ${creator}.Mode.DELEGATING)`,
    `        static ${v.nested} fromJson(${ctx.imports.lang('Number')} value) {`,
    `            return new ${v.nested}(${convert});`,
    '        }',
  ];
}

function typeInfo(ctx: FileContext, name: string, variants: readonly Variant[], tag: Discriminator): string[] {
  const info = ctx.t(JACKSON.JsonTypeInfo);
  const sub = ctx.t(JACKSON.JsonSubTypes);
  const types = variants.map((v, i) => `    @${sub}.Type(value = ${name}.${v.nested}.class, name = ${javaString(tag.values[i] ?? '')})`);
  return [`@${info}(use = ${info}.Id.NAME, include = ${info}.As.EXISTING_PROPERTY, property = ${javaString(tag.property)}, visible = true, defaultImpl = ${name}.class)`, `@${sub}({\n${types.join(',\n')}\n})`];
}

function deserializer(ctx: FileContext, spec: UnionSpec, variants: readonly Variant[], tagged: Discriminator | undefined): string {
  const unions = ctx.support('Unions');
  const branches = variants.map((v) => `            new ${unions}.Branch<>(${javaString(v.label)}, ${v.nested}.class, ${unions}.Shape.${v.subclass ? 'OBJECT' : v.type.shape})`);
  const exactlyOne = spec.combinator === 'oneOf';
  const why = tagged
    ? `Reads ${spec.name} when the "${commentText(tagged.property)}" tag is missing or names no branch: every branch is tried and exactly one must match.`
    : exactlyOne
      ? `Reads ${spec.name}: every branch is tried (binding, then Bean Validation) and exactly one must match, as oneOf requires.`
      : `Reads ${spec.name}: branches are tried in order and the first that binds and validates wins (${spec.combinator === 'type' ? 'a type list' : 'anyOf'}).`;
  const list = ctx.t(JDK.List);
  return [
    `    /** ${why} */`,
    `    final class Deserializer extends ${ctx.t(JACKSON.StdDeserializer)}<${spec.name}> {`,
    '        private static final long serialVersionUID = 1L;',
    '',
    `        private static final ${list}<${unions}.Branch<${spec.name}>> BRANCHES = ${list}.of(\n${branches.join(',\n')});`,
    '',
    '        public Deserializer() {',
    `            super(${spec.name}.class);`,
    '        }',
    '',
    `        @${ctx.imports.lang('Override')}`,
    `        public ${spec.name} deserialize(${ctx.t(JACKSON.JsonParser)} parser, ${ctx.t(JACKSON.DeserializationContext)} context) throws ${ctx.t(JDK.IOException)} {`,
    `            return ${unions}.read(parser, context, ${spec.name}.class, BRANCHES, ${exactlyOne});`,
    '        }',
    '    }',
  ].join('\n');
}
