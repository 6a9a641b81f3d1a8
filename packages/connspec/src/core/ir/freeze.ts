/** Freezes a value and everything reachable from it (maps included), so no stage can mutate the IR. */
export function deepFreeze<T>(value: T): T {
  const seen = new Set<unknown>();
  const walk = (v: unknown): void => {
    if (v === null || typeof v !== 'object' || seen.has(v)) return;
    seen.add(v);
    if (v instanceof Map) {
      for (const [k, x] of v) (walk(k), walk(x));
      freezeMap(v);
    } else {
      for (const x of Object.values(v)) walk(x);
    }
    Object.freeze(v);
  };
  walk(value);
  return value;
}

function freezeMap(map: Map<unknown, unknown>): void {
  const refuse = (): never => {
    throw new TypeError('the IR is immutable');
  };
  Object.defineProperties(map, { set: { value: refuse }, delete: { value: refuse }, clear: { value: refuse } });
}
