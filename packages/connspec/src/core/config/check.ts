import { Ajv, type ErrorObject } from 'ajv';
import { sortDiagnostics, type Diagnostic } from '../diagnostics.js';
import { checkSettings } from '../generator.js';
import type { JsonObject, SourceFile } from '../load/source-file.js';
import { escapePointerToken, splitPointer } from '../pointer.js';
import { closest } from '../util/suggest.js';
import { configSchema, type ConfigVocabulary } from './schema.js';

/** One config problem before it has a place: the pointer it is at, its rule, what is wrong, the fix. */
interface Problem {
  readonly pointer: string;
  readonly rule: string;
  readonly message: string;
  readonly hint: string;
}

const quoted = (names: readonly unknown[]): string => names.map((n) => JSON.stringify(n)).join(', ');
const mean = (word: string, candidates: readonly string[]): string => {
  const hit = closest(word, candidates);
  return hit === undefined ? '' : `did you mean "${hit}"? `;
};

/** Where a schema's keys are listed, and what the key is called there (for messages). */
function keyKind(pointer: string): { what: string; rule: string } {
  if (pointer === '/generators') return { what: 'target', rule: 'config-unknown-target' };
  if (pointer.startsWith('/generators/')) return { what: `option of ${splitPointer(pointer)[1] ?? ''}`, rule: 'config-unknown-key' };
  return { what: pointer === '' ? 'key' : `key of ${pointer.slice(1)}`, rule: 'config-unknown-key' };
}

/** Turns one ajv error into a problem with a fix (did-you-mean for unknown names and values). */
function toProblem(error: ErrorObject): Problem | undefined {
  const at = error.instancePath;
  const params = error.params as Record<string, unknown>;
  // A property name's own failure is summarised by its `propertyNames` error.
  if (error.propertyName !== undefined && error.keyword !== 'propertyNames') return undefined;
  if (error.keyword === 'additionalProperties') {
    const key = String(params.additionalProperty);
    const known = Object.keys(((error.parentSchema as JsonObject | undefined)?.properties as JsonObject | undefined) ?? {});
    const { what, rule } = keyKind(at);
    return { pointer: `${at}/${escapePointerToken(key)}`, rule, message: `"${key}" is not a ${what}`, hint: `${mean(key, known)}known: ${known.join(', ') || 'none'}` };
  }
  if (error.keyword === 'propertyNames' && at === '/keywords') {
    const key = String(params.propertyName);
    return { pointer: `${at}/${escapePointerToken(key)}`, rule: 'config-invalid', message: `"${key}" is a keyword of JSON Schema or of connspec itself, not a vendor keyword`, hint: 'declare only your vendor\'s own keywords here (such as "airbyte_secret"); standard keywords already have their meaning' };
  }
  if (error.keyword === 'propertyNames') {
    const key = String(params.propertyName);
    const ids = (((error.schema as JsonObject | undefined)?.enum as string[] | undefined) ?? []);
    const what = at === '/semver/rules' ? 'semver rule' : 'rule';
    return { pointer: `${at}/${escapePointerToken(key)}`, rule: 'config-unknown-rule', message: `"${key}" is not a ${what} id`, hint: `${mean(key, ids)}the ${what}s are listed in README (${ids.length} of them)` };
  }
  if (error.keyword === 'enum') {
    if (params.allowedValues === undefined || error.propertyName !== undefined) return undefined;
    const allowed = params.allowedValues as unknown[];
    return { pointer: at, rule: 'config-invalid', message: `${JSON.stringify(error.data)} is not allowed here`, hint: `${typeof error.data === 'string' ? mean(error.data, allowed.map(String)) : ''}use one of ${quoted(allowed)}` };
  }
  if (error.keyword === 'pattern' && at === '/baseUrl') {
    return { pointer: at, rule: 'config-invalid', message: `${JSON.stringify(error.data)} is not an absolute URL`, hint: 'give the URL your $ids start with, such as "https://example.com/schema/"' };
  }
  return { pointer: at, rule: 'config-invalid', message: `${at === '' ? 'the config' : at.slice(1)} ${error.message ?? 'is invalid'}`, hint: `see the "${at.split('/').pop() || 'config'}" entry of config.schema.json (your editor completes it when "$schema" names that file)` };
}

/** Every generator option value its own check refuses (the schema only knows names). */
function optionProblems(value: JsonObject, vocabulary: ConfigVocabulary): Problem[] {
  const given = (value.generators ?? {}) as Record<string, Record<string, unknown>>;
  return vocabulary.generators.flatMap((g) =>
    checkSettings(g.target, g.options ?? [], given[g.target] ?? {})
      .filter((p) => (g.options ?? []).some((o) => o.name === p.option))
      .map((p) => ({ pointer: `/generators/${escapePointerToken(g.target)}/${escapePointerToken(p.option)}`, rule: 'config-invalid', message: p.message, hint: 'set a value of the kind the message names, or remove the option to get its default' })),
  );
}

const TEMPLATE_PART = /\{([^}]*)\}/g;

/** What the schema cannot say about `connections` and `registries`: templates' placeholders, the capabilities regex. */
function conventionProblems(value: JsonObject): Problem[] {
  const out: Problem[] = [];
  for (const section of ['connections', 'registries'] as const) {
    const block = value[section];
    if (block === null || typeof block !== 'object' || Array.isArray(block)) continue;
    for (const key of ['paths', 'exclude'] as const) {
      const list = block[key];
      if (!Array.isArray(list)) continue;
      list.forEach((t, i) => {
        const names = typeof t === 'string' ? [...t.matchAll(TEMPLATE_PART)].map((m) => m[1] ?? '') : [];
        const bad = names.find((n) => n !== 'serviceType' && n !== 'name') ?? names.find((n, j) => names.indexOf(n) !== j);
        if (bad !== undefined) out.push({ pointer: `/${section}/${key}/${i}`, rule: 'config-invalid', message: `template ${JSON.stringify(t)} has {${bad}} ${names.indexOf(bad) !== names.lastIndexOf(bad) ? 'twice' : 'which is not a placeholder'}`, hint: 'use {serviceType} and {name} at most once each, * for any characters within a folder name, ** for any folders' });
      });
    }
  }
  const capabilities = (value.connections as JsonObject | null | undefined)?.capabilities;
  if (typeof capabilities === 'string') {
    try {
      new RegExp(capabilities, 'u');
    } catch (error) {
      out.push({ pointer: '/connections/capabilities', rule: 'config-invalid', message: `not a regular expression: ${(error as Error).message}`, hint: 'give a JavaScript regular expression such as "^supports[A-Z]"' });
    }
  }
  return out;
}

/** Checks a parsed config file against the config schema; every problem with its line and column. */
export function checkConfigFile(file: SourceFile, vocabulary: ConfigVocabulary): Diagnostic[] {
  const ajv = new Ajv({ allErrors: true, strict: false, verbose: true });
  const validate = ajv.compile(configSchema(vocabulary));
  const value = file.value;
  const schemaErrors = validate(value) ? [] : (validate.errors ?? []).map(toProblem).filter((p): p is Problem => p !== undefined);
  const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
  const problems = [...schemaErrors, ...(isObject ? [...optionProblems(value, vocabulary), ...conventionProblems(value)] : [])];
  const seen = new Set<string>();
  const diagnostics = problems
    .filter((p) => !seen.has(`${p.pointer}|${p.message}`) && seen.add(`${p.pointer}|${p.message}`))
    .map((p): Diagnostic => ({ severity: 'error', rule: p.rule, file: file.path, ...file.locate(p.pointer), pointer: p.pointer, message: p.message, hint: p.hint }));
  return sortDiagnostics(diagnostics);
}
