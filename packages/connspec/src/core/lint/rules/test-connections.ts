import { deriveTestConnection, STEP_CAPABILITIES } from '../../ir/test-steps.js';
import { joinPointer } from '../../pointer.js';
import { forEachSchema, isObject } from '../../util/walk.js';
import { deref, valueAt } from '../deref.js';
import type { Finding, LintContext, LintRule } from '../rule.js';
import { connectionTag } from './connections.js';
import { keywordIn } from '../../language.js';
import { schemaBaseName } from '../../util/schema-path.js';

const KEYWORD = 'testConnection';

export const testConnectionSteps: LintRule = {
  id: 'test-connection-steps',
  sentence:
    '`testConnection` sits only on a connection schema\'s root; every step it removes, places a step after/before or gives an error message exists, no step is listed twice, a new step has a description, and `CheckAccess` stays first.',
  severity: 'error',
  check: (ctx) => ctx.files.flatMap((f) => [...misplaced(ctx, f.path), ...annotationProblems(ctx, f.path)]),
};

/** The keyword anywhere but at the root of a connection schema. */
function misplaced(ctx: LintContext, file: string): Finding[] {
  const out: Finding[] = [];
  const connection = ctx.roles.get(file)?.kind === 'connection';
  forEachSchema(ctx.byPath.get(file)?.value ?? null, (schema, pointer) => {
    if (!(KEYWORD in schema) || (connection && pointer === '')) return;
    out.push({
      file,
      pointer: joinPointer(pointer, KEYWORD),
      message: connection ? `"${KEYWORD}" inside a connection schema, not at its root` : `"${KEYWORD}" on ${file}, which is not a connection schema (entity/services/connections/<serviceType>/<name>Connection.json)`,
      hint: connection ? `move it to the root of ${file}` : 'move it to the root of the connection schema whose test connection it describes, or remove it',
    });
  });
  return out;
}

/** What the derivation finds wrong with a connection root's annotation. */
function annotationProblems(ctx: LintContext, file: string): Finding[] {
  const role = ctx.roles.get(file);
  const root = ctx.byPath.get(file)?.value;
  if (role?.kind !== 'connection' || !isObject(root) || root[KEYWORD] === undefined) return [];
  const tag = connectionTag(ctx, file) ?? schemaBaseName(file).replace(/Connection$/, '');
  const facts = { serviceType: role.serviceType, tag, capabilities: capabilities(ctx, file), annotation: root[KEYWORD] };
  return deriveTestConnection(facts, keywordIn(ctx.languages)).problems.map((p) => ({ file, pointer: p.pointer, message: p.message, hint: p.hint }));
}

/** The capability flags the default steps depend on, with their defaults (the property's own, else its target's). */
function capabilities(ctx: LintContext, file: string): { name: string; default?: boolean }[] {
  return STEP_CAPABILITIES.flatMap((name) => {
    const pointer = joinPointer('/properties', name);
    const site = valueAt(ctx, { file, pointer });
    if (!isObject(site)) return [];
    const value = 'default' in site ? site.default : deref(ctx, { file, pointer })?.schema.default;
    return [typeof value === 'boolean' ? { name, default: value } : { name }];
  });
}
