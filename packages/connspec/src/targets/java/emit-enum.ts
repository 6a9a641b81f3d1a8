import type { FileContext } from './context.js';
import { typeDoc } from './docs.js';
import { enumConstants, enumValueKind, type EnumConstant, type EnumValueKind } from './enum-constants.js';
import { JACKSON } from './libs.js';
import { javaString } from './literals.js';
import type { PlannedType } from './plan.js';

/** A Java enum with the JSON value in a field, `@JsonValue` out and `@JsonCreator fromValue` in. */
export function emitEnum(ctx: FileContext, planned: PlannedType, simple: string, implementsClause: string): string {
  const node = planned.node;
  const constants = enumConstants(node);
  const skipped = (node.kind === 'enum' ? node.values : node.kind === 'const' ? [node.value] : []).filter((v) => v !== null && typeof v === 'object');
  const notes = skipped.map((v) => ctx.unenforced(planned.decl.origin, `enum value ${JSON.stringify(v)} (an object or array) has no Java constant; it is rejected`));
  const kind = enumValueKind(constants);
  const type = valueType(ctx, kind);
  const allowed = constants.map((c) => JSON.stringify(c.value)).join(', ');
  const body = [
    `${constants.map((c) => `    ${c.name}(${literal(kind, c)})`).join(',\n')};`,
    '',
    `    private final ${type} value;`,
    '',
    `    ${simple}(${type} value) {`,
    '        this.value = value;',
    '    }',
    '',
    '    /** The value as JSON spells it. */',
    `    @${ctx.t(JACKSON.JsonValue)}`,
    `    public ${type} value() {`,
    '        return this.value;',
    '    }',
    '',
    `    @${ctx.imports.lang('Override')}`,
    `    public ${ctx.imports.lang('String')} toString() {`,
    `        return ${ctx.imports.lang('String')}.valueOf(this.value);`,
    '    }',
    '',
    '    /**',
    '     * The constant whose value equals {@code value} (numbers compare by value).',
    '     *',
    '     * @throws IllegalArgumentException naming the value and every allowed one, when none matches',
    '     */',
    `    @${ctx.t(JACKSON.JsonCreator)}(mode = ${ctx.t(JACKSON.JsonCreator)}.Mode.DELEGATING)`,
    `    public static ${simple} fromValue(${ctx.imports.lang('Object')} value) {`,
    `        for (${simple} constant : values()) {`,
    `            if (${ctx.support('ConnspecJson')}.sameJson(constant.value, value)) {`,
    '                return constant;',
    '            }',
    '        }',
    `        throw new ${ctx.imports.lang('IllegalArgumentException')}("unknown ${simple} value " + ${ctx.support('ConnspecJson')}.describe(value) + ${javaString(`; allowed: ${allowed}`)});`,
    '    }',
  ];
  const deprecated = node.annotations.deprecated ? `@${ctx.imports.lang('Deprecated')}\n` : '';
  return `${typeDoc(planned.decl, notes, node.annotations)}${deprecated}public enum ${simple}${implementsClause} {\n\n${body.join('\n')}\n}\n`;
}

function valueType(ctx: FileContext, kind: EnumValueKind): string {
  const names: Record<EnumValueKind, string> = { string: 'String', long: 'Long', double: 'Double', boolean: 'Boolean', mixed: 'Object' };
  return ctx.imports.lang(names[kind]);
}

function literal(kind: EnumValueKind, c: EnumConstant): string {
  if (typeof c.value === 'string') return javaString(c.value);
  if (typeof c.value === 'number') {
    if (kind === 'double' || !Number.isInteger(c.value)) return /[.eE]/.test(String(c.value)) ? String(c.value) : `${c.value}.0`;
    return `${c.value}L`;
  }
  return String(c.value);
}
