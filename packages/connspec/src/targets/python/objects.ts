import type { ObjectNode } from '../../core/index.js';
import { thunk, type PyContext } from './context.js';
import { pyRegex, pyString, pyTuple } from './literals.js';
import { translatePattern } from './regex.js';
import { ecmaPattern } from './strings.js';
import { typeOf } from './type-expr.js';

/**
 * `_cs.ObjectRules(...)` for the object keywords Pydantic has no counterpart for (pattern and
 * property-name rules, property counts, dependencies, `required` names no property declares,
 * `not`/`if` on the object), or undefined when the object has none.
 */
export function objectRules(ctx: PyContext, node: ObjectNode, checks: readonly string[]): string | undefined {
  const args: string[] = [];
  if (node.minProperties !== undefined) args.push(`min_properties=${node.minProperties}`);
  if (node.maxProperties !== undefined) args.push(`max_properties=${node.maxProperties}`);
  if (node.extraRequired.length > 0) args.push(`required=${pyTuple(node.extraRequired.map(pyString))}`);
  if (node.dependencies.length > 0) args.push(`dependencies=${pyTuple(node.dependencies.map((d) => `(${pyString(d.property)}, ${dependency(ctx, d.requires)})`))}`);
  if (node.propertyNames) args.push(`property_names=${thunk(ctx, typeOf(ctx, node.propertyNames))}`);
  if (node.patternProperties.length > 0) {
    const patterns = node.patternProperties.flatMap((p) => {
      const regex = translatePattern(p.pattern, 'python');
      if (regex.engine === 'none') {
        ctx.warn(node.origin, `patternProperties /${p.pattern}/ is not checked: ${regex.problem}`);
        return [];
      }
      const name = regex.engine === 'regex' ? ecmaPattern(ctx, regex, p.pattern) : pyRegex(regex.regex);
      return [`(${name}, ${thunk(ctx, typeOf(ctx, p.type))})`];
    });
    args.push(`pattern_properties=${pyTuple(patterns)}`);
    args.push(`declared=${pyTuple(node.properties.map((p) => pyString(p.name)))}`);
    args.push(`additional=${additional(ctx, node)}`);
  }
  if (checks.length > 0) args.push(`checks=${pyTuple(checks)}`);
  return args.length > 0 ? `${ctx.runtimeRef('ObjectRules')}(${args.join(', ')})` : undefined;
}

function dependency(ctx: PyContext, requires: ObjectNode['dependencies'][number]['requires']): string {
  if (Array.isArray(requires)) return pyTuple((requires as readonly string[]).map(pyString));
  return thunk(ctx, typeOf(ctx, requires as Exclude<typeof requires, readonly string[]>));
}

function additional(ctx: PyContext, node: ObjectNode): string {
  if (node.additional.kind === 'closed') return 'False';
  if (node.additional.kind === 'typed') return thunk(ctx, typeOf(ctx, node.additional.type));
  return 'True';
}
