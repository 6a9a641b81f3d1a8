/**
 * How many file operations a write keeps in flight: enough that fsyncs overlap and libuv's threads
 * never wait on the event loop, few enough to stay far below open-file limits.
 */
export const IN_FLIGHT = 64;

/**
 * Runs `task` over `items`, at most `limit` at a time. After a failure no new task starts; it waits
 * for those running (so the caller can clean up after all of them), then rethrows the failure of
 * the earliest item (the same error whichever task happened to fail first).
 */
export async function eachLimited<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const failures: { readonly index: number; readonly error: unknown }[] = [];
  const worker = async (): Promise<void> => {
    while (failures.length === 0 && next < items.length) {
      const index = next++;
      await task(items[index] as T).catch((error: unknown) => failures.push({ index, error }));
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  const first = failures.sort((a, b) => a.index - b.index)[0];
  if (first) throw first.error;
}
