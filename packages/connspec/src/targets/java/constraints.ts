import { exactJson, numberSource, sameDecimal, type ArrayNode, type ExactNumbers, type JsonValue, type NumberNode, type StringNode } from '../../core/index.js';
import type { FileContext } from './context.js';
import { VALIDATION } from './libs.js';
import { javaString } from './literals.js';
import { checkedFormat, TRIVIAL_FORMATS } from './formats.js';
import { translatePattern } from './regex.js';

/** Bean Validation annotations for a node's facets, plus Javadoc notes for what cannot be enforced. */
export interface Constraints {
  readonly annotations: string[];
  readonly notes: string[];
}

export function stringConstraints(ctx: FileContext, node: StringNode): Constraints {
  const out: Constraints = { annotations: [], notes: [] };
  // Not @Size: it counts UTF-16 units, JSON Schema counts code points.
  const bounded = node.minLength !== undefined || node.maxLength !== undefined;
  const size = bounded ? sizeAnnotation(ctx, node.minLength, node.maxLength, ctx.support('CodePointLength')) : undefined;
  if (size) out.annotations.push(size);
  if (node.pattern !== undefined) {
    const { regex, problems } = translatePattern(node.pattern);
    if (problems.length === 0) out.annotations.push(`@${ctx.name(VALIDATION.Pattern)}(regexp = ${javaString(regex)})`);
    else out.notes.push(ctx.unenforced(node.origin, `pattern ${JSON.stringify(node.pattern)}: ${problems.join('; ')}`));
  }
  if (node.format !== undefined) formatConstraint(ctx, node, out);
  return out;
}

export function numberConstraints(ctx: FileContext, node: NumberNode): Constraints {
  const out: Constraints = { annotations: [], notes: [] };
  const text = (key: 'minimum' | 'maximum' | 'exclusiveMinimum' | 'exclusiveMaximum' | 'multipleOf'): string | undefined => {
    const value = node[key];
    return value === undefined ? undefined : numberSource(value, node.exact?.[`/${key}`]);
  };
  const lower = bound(text('minimum'), text('exclusiveMinimum'), (a, b) => a > b);
  const upper = bound(text('maximum'), text('exclusiveMaximum'), (a, b) => a < b);
  if (lower) out.annotations.push(decimal(ctx.name(VALIDATION.DecimalMin), lower));
  if (upper) out.annotations.push(decimal(ctx.name(VALIDATION.DecimalMax), upper));
  const divisor = text('multipleOf');
  if (divisor !== undefined) out.annotations.push(`@${ctx.support('MultipleOf')}(${javaString(divisor)})`);
  return out;
}

export function arrayConstraints(ctx: FileContext, node: ArrayNode): Constraints {
  const out: Constraints = { annotations: [], notes: [] };
  const size = sizeAnnotation(ctx, node.minItems, node.maxItems);
  if (size) out.annotations.push(size);
  if (node.uniqueItems) out.annotations.push(`@${ctx.support('UniqueItems')}`);
  if (node.tuple) out.notes.push(ctx.unenforced(node.origin, 'tuple-form `items` (per-position schemas); items are read as any JSON'));
  if (node.additionalItems) out.notes.push(ctx.unenforced(node.additionalItems.origin, '`additionalItems`'));
  if (node.contains) out.notes.push(ctx.unenforced(node.contains.origin, '`contains`'));
  return out;
}

/** `@AllowedValues({"\"a\""})`: the exact JSON text of each value a const or one-value enum allows (`exact` by pointer from the list). */
export function allowedValues(ctx: FileContext, values: readonly JsonValue[], exact?: ExactNumbers): string {
  const items = values.map((v, i) => javaString(exactJson(v, exact, `/${i}`)));
  return `@${ctx.support('AllowedValues')}(${items.length === 1 ? items[0] : `{${items.join(', ')}}`})`;
}

/** `@Format` for every format connspec's validator (ajv-formats) checks; others are said not to be checked. */
function formatConstraint(ctx: FileContext, node: StringNode, out: Constraints): void {
  const format = node.format ?? '';
  if (TRIVIAL_FORMATS.has(format)) return;
  if (!checkedFormat(format)) {
    ctx.warn(node.origin, `format "${format}" is not checked by the Java models (nor by ajv-formats)`);
    out.notes.push(`Format \`${format}\` is not checked (connspec's validator does not know it either).`);
    return;
  }
  out.annotations.push(`@${ctx.support('Format')}(${javaString(format)})`);
  if (format === 'regex') out.notes.push('Format `regex` is checked by compiling with java.util.regex, an approximation of ECMA-262.');
}

function sizeAnnotation(ctx: FileContext, min: number | undefined, max: number | undefined, annotation = ctx.name(VALIDATION.Size)): string | undefined {
  if (min === undefined && max === undefined) return undefined;
  const parts = [...(min !== undefined ? [`min = ${Math.min(min, 2147483647)}`] : []), ...(max !== undefined ? [`max = ${Math.min(max, 2147483647)}`] : [])];
  return `@${annotation}(${parts.join(', ')})`;
}

/** The tighter of an inclusive and an exclusive bound, both exact decimal texts (exclusive wins a tie). */
function bound(inclusive: string | undefined, exclusive: string | undefined, tighter: (a: number, b: number) => boolean): { value: string; inclusive: boolean } | undefined {
  const tie = inclusive !== undefined && exclusive !== undefined && sameDecimal(inclusive, exclusive);
  if (exclusive !== undefined && (inclusive === undefined || tie || !tighter(Number(inclusive), Number(exclusive)))) return { value: exclusive, inclusive: false };
  return inclusive !== undefined ? { value: inclusive, inclusive: true } : undefined;
}

/** `@DecimalMin`/`@DecimalMax` with the schema's exact text (BigDecimal reads it exactly). */
function decimal(annotation: string, b: { value: string; inclusive: boolean }): string {
  const value = javaString(b.value);
  return b.inclusive ? `@${annotation}(${value})` : `@${annotation}(value = ${value}, inclusive = false)`;
}
