/**
 * The `testConnection` annotation on a connection schema's root, applied to the default steps:
 * `steps` replaces the list (an entry naming a known step inherits its fields), then `remove`,
 * then `add` (each `after` or `before` a step, else at the end), then `errorMessages`.
 * The meta-schema (validate/keywords.ts) already closed its shape; what it cannot see (unknown
 * step references, duplicates, CheckAccess not first) comes back as problems with pointers.
 */
import type { JsonObject, JsonValue } from '../load/source-file.js';
import { collisionKey } from '../naming/words.js';
import { joinPointer } from '../pointer.js';
import { isObject } from '../util/walk.js';
import { editDistance } from '../util/suggest.js';
import type { TestStep } from './test-steps.js';

/** The step every connector starts with; it must stay first. */
export const CHECK_ACCESS = 'CheckAccess';

export interface StepProblem {
  /** JSON pointer into the connection file, under `/testConnection`. */
  readonly pointer: string;
  readonly message: string;
  readonly hint: string;
}

interface Placed {
  readonly step: TestStep;
  /** The annotation entry that put the step where it is (`''` for a default). */
  readonly at: string;
}

interface Work {
  /** Steps the table knows for this service type, by name (inherited from by entries naming them). */
  readonly known: ReadonlyMap<string, TestStep>;
  readonly keywordIn: KeywordIn;
  readonly problems: StepProblem[];
  /** Where each removed step was removed. */
  readonly removed: Map<string, string>;
}

const BASE = '/testConnection';

/** A step name (as STEP_NAME_PATTERN); other names are the meta-schema's to report, and are skipped here. */
const isName = (value: JsonValue | undefined): value is string => typeof value === 'string' && /^[A-Z][A-Za-z0-9]*$/.test(value);

export interface Applied {
  readonly steps: TestStep[];
  readonly displayName?: string;
  readonly description?: string;
  readonly problems: StepProblem[];
}

/** The ids of the languages in which a name is a keyword (so it cannot be a step constant there). */
export type KeywordIn = (name: string) => readonly string[];

/** Applies an annotation (as written; malformed parts are left to the meta-schema) to the defaults. */
export function applyTestConnection(input: { defaults: readonly TestStep[]; known: ReadonlyMap<string, TestStep>; keywordIn: KeywordIn }, annotation: JsonValue | undefined): Applied {
  const work: Work = { known: input.known, keywordIn: input.keywordIn, problems: [], removed: new Map() };
  let list: Placed[] = input.defaults.map((step) => ({ step, at: '' }));
  if (!isObject(annotation)) return { steps: [...input.defaults], problems: [] };
  if (Array.isArray(annotation.steps)) list = replaceSteps(work, annotation.steps);
  if (Array.isArray(annotation.remove)) removeSteps(work, list, annotation.remove);
  if (Array.isArray(annotation.add)) addSteps(work, list, annotation.add);
  if (isObject(annotation.errorMessages)) setErrorMessages(work, list, annotation.errorMessages);
  checkFirst(work, list);
  return {
    steps: list.map((p) => p.step),
    ...(typeof annotation.displayName === 'string' ? { displayName: annotation.displayName } : {}),
    ...(typeof annotation.description === 'string' ? { description: annotation.description } : {}),
    problems: work.problems,
  };
}

function replaceSteps(work: Work, entries: readonly JsonValue[]): Placed[] {
  const list: Placed[] = [];
  entries.forEach((entry, i) => {
    const at = joinPointer(BASE, 'steps', i);
    const fields = typeof entry === 'string' ? { name: entry } : isObject(entry) ? entry : undefined;
    if (fields === undefined || !isName(fields.name)) return;
    const step = stepFrom(work, fields, fields.name, at);
    if (step !== undefined && unique(work, list, step.name, typeof entry === 'string' ? at : joinPointer(at, 'name'))) list.push({ step, at });
  });
  return list;
}

function removeSteps(work: Work, list: Placed[], names: readonly JsonValue[]): void {
  names.forEach((name, i) => {
    if (!isName(name)) return;
    const at = joinPointer(BASE, 'remove', i);
    const index = indexOf(work, list, name, at, 'remove');
    if (index < 0) return;
    list.splice(index, 1);
    work.removed.set(name, at);
  });
}

function addSteps(work: Work, list: Placed[], entries: readonly JsonValue[]): void {
  entries.forEach((entry, i) => {
    if (!isObject(entry) || !isName(entry.name)) return;
    const at = joinPointer(BASE, 'add', i);
    const step = stepFrom(work, entry, entry.name, at);
    if (step === undefined || !unique(work, list, step.name, joinPointer(at, 'name'))) return;
    if (entry.after !== undefined && entry.before !== undefined) {
      work.problems.push({ pointer: at, message: `step "${step.name}" gives both "after" and "before"`, hint: 'keep one of the two: the step goes right after or right before the step it names' });
      return;
    }
    const anchor = entry.after !== undefined ? 'after' : entry.before !== undefined ? 'before' : undefined;
    const target = anchor && entry[anchor];
    if (anchor === undefined || !isName(target)) return void (anchor === undefined && list.push({ step, at }));
    const index = indexOf(work, list, target, joinPointer(at, anchor), anchor);
    if (index >= 0) list.splice(anchor === 'after' ? index + 1 : index, 0, { step, at });
  });
}

function setErrorMessages(work: Work, list: Placed[], messages: JsonObject): void {
  for (const [name, message] of Object.entries(messages)) {
    if (!isName(name)) continue;
    const index = indexOf(work, list, name, joinPointer(BASE, 'errorMessages', name), 'errorMessages');
    const placed = list[index];
    if (placed !== undefined && typeof message === 'string') list[index] = { ...placed, step: { ...placed.step, errorMessage: message } };
  }
}

/** A step from an entry: a known step's fields, overridden by the entry's; a new step must describe itself. */
function stepFrom(work: Work, fields: JsonObject, name: string, at: string): TestStep | undefined {
  const reserved = work.keywordIn(name);
  if (reserved.length > 0) {
    work.problems.push({ pointer: at, message: `step name "${name}" is a keyword in ${reserved.join(', ')}, so it cannot be a step constant`, hint: `name the step after what it checks, e.g. "Get${name}"` });
    return undefined;
  }
  const base = work.known.get(name);
  const description = typeof fields.description === 'string' ? fields.description : base?.description;
  if (description === undefined) {
    work.problems.push({ pointer: at, message: `new step "${name}" has no "description"`, hint: `give it a "description" saying what it checks, or name a known step (${knownList(work)})` });
  }
  const errorMessage = typeof fields.errorMessage === 'string' ? fields.errorMessage : base?.errorMessage;
  return {
    name,
    description: description ?? '',
    ...(errorMessage !== undefined ? { errorMessage } : {}),
    mandatory: typeof fields.mandatory === 'boolean' ? fields.mandatory : base?.mandatory ?? true,
    shortCircuit: typeof fields.shortCircuit === 'boolean' ? fields.shortCircuit : base?.shortCircuit ?? false,
  };
}

/** False (with a problem) when the list already has a step of that name, or one differing only in case. */
function unique(work: Work, list: readonly Placed[], name: string, at: string): boolean {
  const other = list.find((p) => collisionKey(p.step.name) === collisionKey(name));
  if (other === undefined) return true;
  const where = other.at === '' ? 'a default step' : `also at #${other.at}`;
  const same = other.step.name === name ? `step "${name}" is listed twice (${where})` : `step "${name}" differs from "${other.step.name}" (${where}) only in case; step constants would clash`;
  work.problems.push({ pointer: at, message: same, hint: 'keep one of them; to change a step, give its new fields in that one entry (or use "errorMessages")' });
  return false;
}

/** The index of an existing step, or -1 with a problem saying what the steps are. */
function indexOf(work: Work, list: readonly Placed[], name: string, at: string, field: string): number {
  const index = list.findIndex((p) => p.step.name === name);
  if (index >= 0) return index;
  const names = list.map((p) => p.step.name);
  const close = names.find((n) => collisionKey(n) === collisionKey(name) || editDistance(n, name) <= 2);
  const removed = work.removed.has(name) ? ` (it was removed at #${work.removed.get(name)})` : '';
  work.problems.push({
    pointer: at,
    message: `"${field}" names step "${name}", which is not a step of this connector${removed}`,
    hint: `${close ? `did you mean "${close}"? ` : ''}the steps at this point are: ${names.join(', ') || 'none'}`,
  });
  return -1;
}

function checkFirst(work: Work, list: readonly Placed[]): void {
  const first = list[0];
  if (first?.step.name === CHECK_ACCESS) return;
  const access = list.find((p) => p.step.name === CHECK_ACCESS);
  const listed = first?.at.startsWith(`${BASE}/steps/`) ? `${BASE}/steps` : BASE;
  const pointer = access ? access.at || first?.at || BASE : work.removed.get(CHECK_ACCESS) ?? listed;
  const message = access
    ? `"${CHECK_ACCESS}" must be the first step, but "${first?.step.name}" comes before it`
    : `there is no "${CHECK_ACCESS}" step; every test connection starts by checking access`;
  work.problems.push({ pointer, message, hint: `keep "${CHECK_ACCESS}" first: it authenticates and stops the run when access fails (add new steps "after" it)` });
}

function knownList(work: Work): string {
  return [...work.known.keys()].join(', ') || 'none';
}
