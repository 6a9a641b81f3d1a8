import { marksSecret, type StringNode } from '../../core/index.js';
import { pyType, type PyContext, type PyType } from './context.js';
import { pyRegex, pyString } from './literals.js';
import { translatePattern, type Engine } from './regex.js';

/** Formats the runtime checks as ajv-formats ("full") does; keep in step with `runtime/_formats.py`. */
export const CHECKED_FORMATS: ReadonlySet<string> = new Set([
  'date', 'time', 'date-time', 'iso-time', 'iso-date-time', 'duration', 'uri', 'uri-reference', 'uri-template', 'url', 'email',
  'hostname', 'ipv4', 'ipv6', 'regex', 'uuid', 'json-pointer', 'json-pointer-uri-fragment', 'relative-json-pointer', 'byte',
  'int32', 'int64', 'float', 'double', 'password', 'binary',
]);

/**
 * A string: `StrictStr` with `min_length`/`max_length` and a Rust-runnable `pattern` in `Field`, or
 * the configured secret type for `format: password`, whose rules the runtime checks on the plain
 * value. Patterns only Python's `re` or the `regex` package can run, and formats, are the runtime's checks.
 */
export function stringType(ctx: PyContext, node: StringNode): PyType {
  const secret = marksSecret(node.annotations, node.format);
  const format = node.format !== undefined && node.format !== 'password' ? formatCheck(ctx, node) : undefined;
  if (secret) return secretType(ctx, node, format);
  const field: [string, string][] = [];
  const meta: string[] = [];
  if (node.minLength !== undefined) field.push(['min_length', String(node.minLength)]);
  if (node.maxLength !== undefined) field.push(['max_length', String(node.maxLength)]);
  if (node.pattern !== undefined) {
    const pattern = translatePattern(node.pattern);
    if (pattern.engine === 'none') ctx.warn(node.origin, `pattern /${node.pattern}/ is not checked: ${pattern.problem}`);
    else if (pattern.engine === 'rust') field.push(['pattern', pyRegex(pattern.regex)]);
    else meta.push(ecmaPattern(ctx, pattern, node.pattern));
  }
  if (format) meta.push(`${ctx.runtimeRef('Format')}(${pyString(format)})`);
  return pyType(ctx.imports.use('pydantic', 'StrictStr'), { field, meta, plain: true });
}

function secretType(ctx: PyContext, node: StringNode, format: string | undefined): PyType {
  const args: string[] = [];
  if (node.minLength !== undefined) args.push(`min_length=${node.minLength}`);
  if (node.maxLength !== undefined) args.push(`max_length=${node.maxLength}`);
  if (node.pattern !== undefined) {
    const pattern = translatePattern(node.pattern, 'python');
    if (pattern.engine === 'none') ctx.warn(node.origin, `pattern /${node.pattern}/ is not checked: ${pattern.problem}`);
    else args.push(`pattern=${ecmaPattern(ctx, pattern, node.pattern)}`);
  }
  if (format) args.push(`format=${pyString(format)}`);
  const meta = args.length > 0 ? [`${ctx.runtimeRef('SecretConstraints')}(${args.join(', ')})`] : [];
  return pyType(ctx.runtimeRef('Secret'), { meta });
}

/** `_cs.EcmaPattern(...)`: a pattern the runtime runs with `re`, or with the `regex` package (which the package then requires). */
export function ecmaPattern(ctx: PyContext, pattern: { readonly engine: Engine; readonly regex: string }, source: string): string {
  if (pattern.engine !== 'regex') return `${ctx.runtimeRef('EcmaPattern')}(${pyRegex(pattern.regex)}, ${pyString(source)})`;
  ctx.require('regex');
  return `${ctx.runtimeRef('EcmaPattern')}(${pyRegex(pattern.regex)}, ${pyString(source)}, ${pyString('regex')})`;
}

function formatCheck(ctx: PyContext, node: StringNode): string | undefined {
  if (node.format === undefined || CHECKED_FORMATS.has(node.format)) return node.format;
  ctx.warn(node.origin, `format "${node.format}" is not checked by the Python models`);
  return undefined;
}
