import type { FileContext } from './context.js';
import { JACKSON, JDK } from './libs.js';
import { javaString } from './literals.js';
import type { Member } from './members.js';
import { typeArgument, type JType } from './type-map.js';
import type { JavaWriter } from './writer.js';

/** What an object does with properties it does not declare. */
export type Extras =
  | { readonly kind: 'closed' }
  | { readonly kind: 'map'; readonly field: string; readonly getter: string; readonly setter: string; readonly value?: JType; readonly secret?: boolean };

/** A member printer; it resolves the names it writes when it runs, so imports go first come, first served. */
export type Part = (w: JavaWriter) => void;

export function emitAccessors(ctx: FileContext, simple: string, members: readonly Member[]): Part {
  return (w) =>
    w.separated(members, (m) => {
      const deprecated = m.deprecated ? [`@${ctx.imports.lang('Deprecated')}`] : [];
      const assign = [`this.${m.field} = ${m.field};`, markPresence(m)];
      w.line(...deprecated).block(`public ${m.type.text} get${m.accessor}()`, () => w.line(`return this.${m.field};`));
      w.blank().line(...deprecated).block(`public void set${m.accessor}(${m.type.text} ${m.field})`, () => w.line(...assign));
      w.blank().line(...deprecated);
      w.block(`public ${simple} with${m.accessor}(${m.type.text} ${m.field})`, () => w.line(...assign, 'return this;'));
    });
}

/** The field holding which properties are set (ConnspecPresence): only those are written. */
export const PRESENCE_FIELD = 'connspecPresence';

/** A setter sets its property; null unsets one whose schema does not allow null (null then means absent). */
function markPresence(m: Member): string {
  const json = javaString(m.json);
  return m.type.nullable ? `this.${PRESENCE_FIELD}.set(${json});` : `this.${PRESENCE_FIELD}.set(${json}, ${m.field} != null);`;
}

/** The any-setter: reject (closed), or keep in the extras map, typed when `additionalProperties` is a schema. */
export function emitExtras(ctx: FileContext, simple: string, members: readonly Member[], extras: Extras): Part {
  return (w) => {
    const string = ctx.imports.lang('String');
    const object = ctx.imports.lang('Object');
    const iae = ctx.imports.lang('IllegalArgumentException');
    if (extras.kind === 'closed') {
      const declared = members.map((m) => m.json).join(', ') || '(none)';
      w.line("/** `additionalProperties: false`: an undeclared property is an error, whatever the ObjectMapper's FAIL_ON_UNKNOWN_PROPERTIES says. */");
      w.line(`@${ctx.name(JACKSON.JsonAnySetter)}`).block(`private void rejectUnknownProperty(${string} name, ${object} value)`, () => {
        w.line(`throw new ${iae}("unknown property \\"" + name + "\\" (additionalProperties: false); ${simple} declares: " + ${javaString(declared)});`);
      });
      return;
    }
    const value = extras.value ? extras.value.text : object;
    w.line(`@${ctx.name(JACKSON.JsonAnyGetter)}`).block(`public ${extrasType(ctx, extras, false)} get${extras.getter}()`, () => w.line(`return this.${extras.field};`));
    w.blank().line(`@${ctx.name(JACKSON.JsonAnySetter)}`);
    w.block(`public void set${extras.setter}(${string} name, ${value} value)`, () => {
      if (extras.value && !extras.value.nullable) w.block('if (value == null)', () => w.line(`throw new ${iae}("property \\"" + name + "\\" may not be null");`));
      w.line(`this.${extras.field}.put(name, value);`);
    });
    w.blank().block(`public ${simple} with${extras.setter}(${string} name, ${value} value)`, () => w.line(`set${extras.setter}(name, value);`, 'return this;'));
  };
}

/** equals/hashCode over every field (extras included); toString in declared order, secrets left out, masked values (and lists or maps of secrets) as ****. */
export function emitObjectMethods(ctx: FileContext, simple: string, members: readonly Member[], extras: Extras): Part {
  return (w) => {
    const objects = ctx.name(JDK.Objects);
    const override = `@${ctx.imports.lang('Override')}`;
    const fields = [...members.map((m) => m.field), ...(extras.kind === 'map' ? [extras.field] : [])];
    const compare = fields.length ? fields.map((f, i) => `${i ? '&& ' : 'return '}${objects}.equals(this.${f}, that.${f})`) : ['return true'];
    w.line(override).block(`public boolean equals(${ctx.imports.lang('Object')} other)`, () => {
      w.block('if (this == other)', () => w.line('return true;'));
      w.block('if (other == null || getClass() != other.getClass())', () => w.line('return false;'));
      if (fields.length) w.line(`${simple} that = (${simple}) other;`);
      w.continued(compare, ';');
    });
    w.blank().line(override).block('public int hashCode()', () => w.line(`return ${fields.length ? `${objects}.hash(${fields.map((f) => `this.${f}`).join(', ')})` : '1'};`));
    w.blank();
    toString(ctx, simple, members, extras, w);
  };
}

function toString(ctx: FileContext, simple: string, members: readonly Member[], extras: Extras, w: JavaWriter): void {
  const parts: string[] = [];
  let first = true;
  const append = (label: string, expr: string): void => {
    parts.push(`out.append(${javaString(`${first ? '' : ', '}${label}=`)}).append(${expr});`);
    first = false;
  };
  for (const m of members) {
    if (m.secret) parts.push(`// ${m.field}: a secret, left out`);
    else if (m.masked) append(m.json, `this.${m.field} == null ? "null" : "****"`);
    else append(m.json, `this.${m.field}`);
  }
  if (extras.kind === 'map') append('additionalProperties', extras.secret ? `this.${extras.field}.isEmpty() ? "{}" : "****"` : `this.${extras.field}`);
  const builder = ctx.imports.lang('StringBuilder');
  w.line(`@${ctx.imports.lang('Override')}`).block(`public ${ctx.imports.lang('String')} toString()`, () => {
    w.line(`${builder} out = new ${builder}(${javaString(`${simple}{`)});`, ...parts, "return out.append('}').toString();");
  });
}

/** `Map<String, V>`; with `annotated`, V carries its constraints as type-use annotations. */
export function extrasType(ctx: FileContext, extras: Extras & { kind: 'map' }, annotated: boolean): string {
  const value = extras.value;
  const text = value ? (annotated ? typeArgument(ctx, value) : value.text) : ctx.imports.lang('Object');
  return `${ctx.name(JDK.Map)}<${ctx.imports.lang('String')}, ${text}>`;
}
