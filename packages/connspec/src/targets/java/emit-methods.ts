import type { FileContext } from './context.js';
import { JACKSON, JDK } from './libs.js';
import { javaString } from './literals.js';
import type { Member } from './members.js';
import { typeArgument, type JType } from './type-map.js';

/** What an object does with properties it does not declare. */
export type Extras =
  | { readonly kind: 'closed' }
  | { readonly kind: 'map'; readonly field: string; readonly getter: string; readonly setter: string; readonly value?: JType };

export function emitAccessors(ctx: FileContext, simple: string, members: readonly Member[]): string {
  return members
    .map((m) => {
      const deprecated = m.deprecated ? `    @${ctx.imports.lang('Deprecated')}\n` : '';
      return [
        `${deprecated}    public ${m.type.text} get${m.accessor}() {`,
        `        return this.${m.field};`,
        '    }',
        '',
        `${deprecated}    public void set${m.accessor}(${m.type.text} ${m.field}) {`,
        `        this.${m.field} = ${m.field};`,
        '    }',
        '',
        `${deprecated}    public ${simple} with${m.accessor}(${m.type.text} ${m.field}) {`,
        `        this.${m.field} = ${m.field};`,
        '        return this;',
        '    }',
      ].join('\n');
    })
    .join('\n\n');
}

/** The any-setter: reject (closed), or keep in the extras map, typed when `additionalProperties` is a schema. */
export function emitExtras(ctx: FileContext, simple: string, members: readonly Member[], extras: Extras): string {
  const string = ctx.imports.lang('String');
  const object = ctx.imports.lang('Object');
  const iae = ctx.imports.lang('IllegalArgumentException');
  if (extras.kind === 'closed') {
    const declared = members.map((m) => m.json).join(', ') || '(none)';
    return [
      '    /** `additionalProperties: false`: an undeclared property is an error, whatever the ObjectMapper\'s FAIL_ON_UNKNOWN_PROPERTIES says. */',
      `    @${ctx.t(JACKSON.JsonAnySetter)}`,
      `    private void rejectUnknownProperty(${string} name, ${object} value) {`,
      `        throw new ${iae}("unknown property \\"" + name + "\\" (additionalProperties: false); ${simple} declares: " + ${javaString(declared)});`,
      '    }',
    ].join('\n');
  }
  const value = extras.value ? extras.value.text : object;
  const nullCheck = extras.value && !extras.value.nullable ? [`        if (value == null) {`, `            throw new ${iae}("property \\"" + name + "\\" may not be null");`, '        }'] : [];
  return [
    `    @${ctx.t(JACKSON.JsonAnyGetter)}`,
    `    public ${extrasType(ctx, extras, false)} get${extras.getter}() {`,
    `        return this.${extras.field};`,
    '    }',
    '',
    `    @${ctx.t(JACKSON.JsonAnySetter)}`,
    `    public void set${extras.setter}(${string} name, ${value} value) {`,
    ...nullCheck,
    `        this.${extras.field}.put(name, value);`,
    '    }',
    '',
    `    public ${simple} with${extras.setter}(${string} name, ${value} value) {`,
    `        set${extras.setter}(name, value);`,
    '        return this;',
    '    }',
  ].join('\n');
}

/** equals/hashCode over every field (extras included); toString in declared order, secrets left out. */
export function emitObjectMethods(ctx: FileContext, simple: string, members: readonly Member[], extras: Extras): string {
  const objects = ctx.t(JDK.Objects);
  const override = `    @${ctx.imports.lang('Override')}`;
  const fields = [...members.map((m) => m.field), ...(extras.kind === 'map' ? [extras.field] : [])];
  const compare = fields.length ? fields.map((f) => `${objects}.equals(this.${f}, that.${f})`).join('\n            && ') : 'true';
  const equals = [
    override,
    `    public boolean equals(${ctx.imports.lang('Object')} other) {`,
    '        if (this == other) {',
    '            return true;',
    '        }',
    '        if (other == null || getClass() != other.getClass()) {',
    '            return false;',
    '        }',
    ...(fields.length ? [`        ${simple} that = (${simple}) other;`] : []),
    `        return ${compare};`,
    '    }',
  ];
  const hash = [override, '    public int hashCode() {', `        return ${fields.length ? `${objects}.hash(${fields.map((f) => `this.${f}`).join(', ')})` : '1'};`, '    }'];
  return [equals.join('\n'), hash.join('\n'), toString(ctx, simple, members, extras)].join('\n\n');
}

function toString(ctx: FileContext, simple: string, members: readonly Member[], extras: Extras): string {
  const parts: string[] = [];
  let first = true;
  const append = (label: string, expr: string): void => {
    parts.push(`        out.append(${javaString(`${first ? '' : ', '}${label}=`)}).append(${expr});`);
    first = false;
  };
  for (const m of members) {
    if (m.secret) parts.push(`        // ${m.field}: a secret, left out`);
    else if (m.masked) append(m.json, `this.${m.field} == null ? "null" : "****"`);
    else append(m.json, `this.${m.field}`);
  }
  if (extras.kind === 'map') append('additionalProperties', `this.${extras.field}`);
  const builder = ctx.imports.lang('StringBuilder');
  return [
    `    @${ctx.imports.lang('Override')}`,
    `    public ${ctx.imports.lang('String')} toString() {`,
    `        ${builder} out = new ${builder}(${javaString(`${simple}{`)});`,
    ...parts,
    "        return out.append('}').toString();",
    '    }',
  ].join('\n');
}

/** `Map<String, V>`; with `annotated`, V carries its constraints as type-use annotations. */
export function extrasType(ctx: FileContext, extras: Extras & { kind: 'map' }, annotated: boolean): string {
  const value = extras.value;
  const text = value ? (annotated ? typeArgument(ctx, value) : value.text) : ctx.imports.lang('Object');
  return `${ctx.t(JDK.Map)}<${ctx.imports.lang('String')}, ${text}>`;
}

