import { fieldIdOf, type FormError } from './branches.js';

/**
 * The errors a user has earned: those at a field they changed (or at an object holding one), or
 * all of them once they submitted or loaded a fixture. Validation itself is unchanged: a submit
 * shows every error first and is blocked by them.
 */
export function touchedErrors<E extends FormError>(errors: readonly E[], touched: ReadonlySet<string>, all: boolean): E[] {
  if (all) return [...errors];
  const isTouched = (id: string): boolean => touched.has(id) || [...touched].some((t) => t.startsWith(`${id}_`));
  return errors.filter((e) => isTouched(fieldIdOf(e.property)));
}
