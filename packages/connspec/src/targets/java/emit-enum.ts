import type { FileContext } from './context.js';
import { typeDoc } from './docs.js';
import { enumConstants, enumValueKind, type EnumConstant, type EnumValueKind } from './enum-constants.js';
import { numberSource } from '../../core/index.js';
import { JACKSON, JDK } from './libs.js';
import { javaString } from './literals.js';
import type { PlannedType } from './plan.js';
import { printMembers, type JavaType } from './writer.js';

/** A Java enum with the JSON value in a field, `@JsonValue` out and `@JsonCreator fromValue` in. */
export function emitEnum(ctx: FileContext, planned: PlannedType, simple: string, implementsClause: string): JavaType {
  const node = planned.node;
  const constants = enumConstants(node);
  const skipped = (node.kind === 'enum' ? node.values : node.kind === 'const' ? [node.value] : []).filter((v) => v !== null && typeof v === 'object');
  const notes = skipped.map((v) => ctx.unenforced(planned.decl.origin, `enum value ${JSON.stringify(v)} (an object or array) has no Java constant; it is rejected`));
  const kind = enumValueKind(constants);
  const type = valueType(ctx, kind);
  const allowed = constants.map((c) => c.exact ?? JSON.stringify(c.value)).join(', ');
  const lang = (name: string): string => ctx.imports.lang(name);
  const members = printMembers([
    // The constants end with `;` (alone when there is none).
    (w) => w.line(...(constants.length ? constants.map((c, i) => `${c.name}(${literal(ctx, kind, c)})${i < constants.length - 1 ? ',' : ';'}`) : [';'])),
    (w) => w.line(`private final ${type} value;`),
    (w) => w.block(`${simple}(${type} value)`, () => w.line('this.value = value;')),
    (w) => w.line('/** The value as JSON spells it. */', `@${ctx.name(JACKSON.JsonValue)}`).block(`public ${type} value()`, () => w.line('return this.value;')),
    (w) => w.line(`@${lang('Override')}`).block(`public ${lang('String')} toString()`, () => w.line(`return ${lang('String')}.valueOf(this.value);`)),
    (w) => {
      w.line('/**', ' * The constant whose value equals {@code value} (numbers compare by value).', ' *', ' * @throws IllegalArgumentException naming the value and every allowed one, when none matches', ' */');
      w.line(`@${ctx.name(JACKSON.JsonCreator)}(mode = ${ctx.name(JACKSON.JsonCreator)}.Mode.DELEGATING)`);
      w.block(`public static ${simple} fromValue(${lang('Object')} value)`, () => {
        w.block(`for (${simple} constant : values())`, () => w.block(`if (${ctx.support('ConnspecJson')}.sameJson(constant.value, value))`, () => w.line('return constant;')));
        w.line(`throw new ${lang('IllegalArgumentException')}("unknown ${simple} value " + ${ctx.support('ConnspecJson')}.describe(value) + ${javaString(`; allowed: ${allowed}`)});`);
      });
    },
  ]);
  const annotations = node.annotations.deprecated ? [`@${lang('Deprecated')}`] : [];
  return { comments: [typeDoc(planned.decl, notes, node.annotations)], annotations, header: `public enum ${simple}${implementsClause}`, members };
}

function valueType(ctx: FileContext, kind: EnumValueKind): string {
  if (kind === 'biginteger') return ctx.name(JDK.BigInteger);
  const names: Record<Exclude<EnumValueKind, 'biginteger'>, string> = { string: 'String', long: 'Long', double: 'Double', boolean: 'Boolean', mixed: 'Object' };
  return ctx.imports.lang(names[kind]);
}

function literal(ctx: FileContext, kind: EnumValueKind, c: EnumConstant): string {
  if (typeof c.value === 'string') return javaString(c.value);
  if (typeof c.value === 'number') {
    if (kind === 'biginteger') return `new ${ctx.name(JDK.BigInteger)}(${javaString(numberSource(c.value, c.exact))})`;
    if (kind === 'double' || !Number.isInteger(c.value)) return /[.eE]/.test(String(c.value)) ? String(c.value) : `${c.value}.0`;
    return `${numberSource(c.value, c.exact)}L`;
  }
  return String(c.value);
}
