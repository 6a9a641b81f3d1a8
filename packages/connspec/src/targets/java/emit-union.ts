import { objectOf, type Discriminator, type TypeNode } from '../../core/index.js';
import type { FileContext } from './context.js';
import { JACKSON, JDK, VALIDATION } from './libs.js';
import { commentText, javaString } from './literals.js';
import type { Part } from './emit-methods.js';
import { holdsSecret } from './members.js';
import { mapType, type JType } from './type-map.js';
import { printCode, printMembers, type JavaType, type JavaWriter } from './writer.js';

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
  /** Its Javadoc, from `javadoc()`. */
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
  /** A secret (or a list of them): toString shows ****. */
  readonly secret: boolean;
}

export function emitUnion(ctx: FileContext, spec: UnionSpec, nestedTypes: readonly string[] = []): JavaType {
  const variants = planVariants(ctx, spec);
  const tagged = spec.discriminator !== undefined && variants.every((v) => v.subclass) && spec.discriminator.values.length === variants.length ? spec.discriminator : undefined;
  const parts: Part[] = [
    ...(variants.length ? [factories(spec.name, variants)] : []),
    ...variants.map((v) => (v.subclass ? subclass(ctx, spec.name, v) : wrapper(ctx, spec.name, v))),
    deserializer(ctx, spec, variants, tagged),
    ...nestedTypes.map((code) => (w: JavaWriter) => w.line(code)),
  ];
  const members = printMembers(parts);
  const annotations = [...(tagged ? typeInfo(ctx, spec.name, variants, tagged) : []), `@${ctx.name(JACKSON.JsonDeserialize)}(using = ${spec.name}.Deserializer.class)`, ...spec.annotations];
  const permits = variants.map((v) => `${spec.name}.${v.nested}`).join(', ');
  const comments = [...(tagged ? [tagComment(tagged.property, tagOptional(ctx, spec.variants, tagged.property))] : []), spec.doc];
  return { comments, annotations, header: `${spec.modifiers}sealed interface ${spec.name}${spec.extendsClause} permits ${permits}`, members };
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
    out.push({ nested, label, type, subclass: type.kind === 'class', secret: holdsSecret(ctx.plan.ir, node) });
  });
  return out;
}

const KIND_WORDS: Readonly<Record<JType['kind'], string>> = {
  string: 'String', int: 'Integer', long: 'Integer', double: 'Number', boolean: 'Boolean', any: 'Value', enum: 'Enum', class: 'Object', union: 'Union', list: 'List',
};

function factories(name: string, variants: readonly Variant[]): Part {
  const erasures = new Set<string>();
  const distinct = variants.filter((v) => !erasures.has(v.type.raw) && erasures.add(v.type.raw));
  return (w) =>
    w.separated(distinct, (v) => {
      const body = v.subclass ? `value instanceof ${name} union ? union : new ${v.nested}(value)` : `new ${v.nested}(value)`;
      w.line(`/** {@code value} as a ${javaDocName(v.label)} branch of ${name}. */`).block(`static ${name} of(${v.type.text} value)`, () => w.line(`return ${body};`));
    });
}

function javaDocName(label: string): string {
  return label.replace(/[^\p{L}\p{N}_]/gu, '');
}

/** Annotations every branch carries: no inherited type id, no inherited union deserializer. */
function branchAnnotations(ctx: FileContext): string[] {
  const info = ctx.name(JACKSON.JsonTypeInfo);
  return [`@${info}(use = ${info}.Id.NONE)`, `@${ctx.name(JACKSON.JsonDeserialize)}(using = ${ctx.name(JACKSON.JsonDeserializer)}.None.class)`];
}

function subclass(ctx: FileContext, name: string, v: Variant): Part {
  return (w) => {
    w.line(`/** A ${javaDocName(v.label)} as a branch of ${name}. */`, ...branchAnnotations(ctx));
    w.block(`final class ${v.nested} extends ${v.type.text} implements ${name}`, () => {
      w.block(`public ${v.nested}()`);
      w.blank().block(`public ${v.nested}(${v.type.text} source)`, () => w.line('super(source);'));
    });
  };
}

/** A value branch: a small immutable holder that reads and writes as the bare value. */
function wrapper(ctx: FileContext, name: string, v: Variant): Part {
  return (w) => {
    const creator = ctx.name(JACKSON.JsonCreator);
    const objects = ctx.name(JDK.Objects);
    const override = `@${ctx.imports.lang('Override')}`;
    // Jackson binds a one-argument Double/Long creator only from that exact JSON number kind (3 is not 3.0).
    const numeric = ['double', 'long', 'int'].includes(v.type.kind);
    const annotations = [...(v.type.cascade ? [`@${ctx.name(VALIDATION.Valid)}`] : []), ...v.type.constraints];
    w.line(`/** A ${javaDocName(v.label)} value as a branch of ${name}. */`, ...branchAnnotations(ctx));
    w.block(`final class ${v.nested} implements ${name}`, () => {
      w.line(...annotations, `private final ${v.type.text} value;`).blank();
      if (!numeric) w.line(`@${creator}(mode = ${creator}.Mode.DELEGATING)`);
      w.block(`public ${v.nested}(${v.type.text} value)`, () => w.line('this.value = value;'));
      if (numeric) numberCreator(ctx, v, w.blank());
      w.blank().line(`@${ctx.name(JACKSON.JsonValue)}`).block(`public ${v.type.text} value()`, () => w.line('return this.value;'));
      w.blank().line(override).block(`public boolean equals(${ctx.imports.lang('Object')} other)`, () => {
        w.line(`return other instanceof ${v.nested} that && ${objects}.equals(this.value, that.value);`);
      });
      w.blank().line(override).block('public int hashCode()', () => w.line(`return ${objects}.hashCode(this.value);`));
      const shown = v.secret ? 'this.value == null ? "null" : "****"' : `${ctx.imports.lang('String')}.valueOf(this.value)`;
      w.blank().line(override).block(`public ${ctx.imports.lang('String')} toString()`, () => w.line(`return ${shown};`));
    });
  };
}

/** Reads any JSON number (the union checked its shape: whole where an integer is due) into the held type. */
function numberCreator(ctx: FileContext, v: Variant, w: JavaWriter): void {
  const creator = ctx.name(JACKSON.JsonCreator);
  const convert = { double: `${ctx.support('ConnspecJson')}.finite(value)`, long: `${ctx.support('ConnspecJson')}.decimal(value).longValueExact()`, int: `${ctx.support('ConnspecJson')}.decimal(value).intValueExact()` }[v.type.kind as 'double' | 'long' | 'int'];
  w.line(`@${creator}(mode = ${creator}.Mode.DELEGATING)`);
  w.block(`static ${v.nested} fromJson(${ctx.imports.lang('Number')} value)`, () => w.line(`return new ${v.nested}(${convert});`));
}

function typeInfo(ctx: FileContext, name: string, variants: readonly Variant[], tag: Discriminator): string[] {
  const info = ctx.name(JACKSON.JsonTypeInfo);
  const sub = ctx.name(JACKSON.JsonSubTypes);
  const types = variants.map((v, i) => `@${sub}.Type(value = ${name}.${v.nested}.class, name = ${javaString(tag.values[i] ?? '')})`);
  const subTypes = printCode((w) => w.line(`@${sub}({`).indented(() => w.line(types.join(',\n'))).line('})'));
  return [`@${info}(use = ${info}.Id.NAME, include = ${info}.As.EXISTING_PROPERTY, property = ${javaString(tag.property)}, visible = true, defaultImpl = ${name}.class)`, subTypes];
}

function deserializer(ctx: FileContext, spec: UnionSpec, variants: readonly Variant[], tagged: Discriminator | undefined): Part {
  const exactlyOne = spec.combinator === 'oneOf';
  const why = tagged
    ? `Reads ${spec.name} when the "${commentText(tagged.property)}" tag is missing or names no branch: every branch is tried and exactly one must match.`
    : exactlyOne
      ? `Reads ${spec.name}: every branch is tried (binding, then Bean Validation) and exactly one must match, as oneOf requires.`
      : `Reads ${spec.name}: branches are tried in order and the first that binds and validates wins (${spec.combinator === 'type' ? 'a type list' : 'anyOf'}).`;
  return (w) => {
    const unions = ctx.support('Unions');
    const branches = variants.map((v, i) => `new ${unions}.Branch<>(${javaString(v.label)}, ${v.nested}.class, ${unions}.Shape.${v.subclass ? 'OBJECT' : v.type.shape})${i < variants.length - 1 ? ',' : ''}`);
    const list = ctx.name(JDK.List);
    w.line(`/** ${why} */`).block(`final class Deserializer extends ${ctx.name(JACKSON.StdDeserializer)}<${spec.name}>`, () => {
      w.line('private static final long serialVersionUID = 1L;').blank();
      w.continued([`private static final ${list}<${unions}.Branch<${spec.name}>> BRANCHES = ${list}.of(`, ...branches], ');').blank();
      w.block('public Deserializer()', () => w.line(`super(${spec.name}.class);`));
      w.blank().line(`@${ctx.imports.lang('Override')}`);
      w.block(`public ${spec.name} deserialize(${ctx.name(JACKSON.JsonParser)} parser, ${ctx.name(JACKSON.DeserializationContext)} context) throws ${ctx.name(JDK.IOException)}`, () => {
        w.line(`return ${unions}.read(parser, context, ${spec.name}.class, BRANCHES, ${exactlyOne});`);
      });
    });
  };
}
