import { setImmediate as tick } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { eachLimited } from '../../../packages/connspec/src/core/write/pool.js';

interface Row {
  readonly name: string;
  readonly items: number;
  readonly limit: number;
  /** Items whose task fails, after this many event-loop turns (every other task takes two). */
  readonly fail?: ReadonlyMap<number, number>;
  readonly expected: { readonly started: readonly number[]; readonly peak: number; readonly error?: string };
}

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

const ROWS: readonly Row[] = [
  { name: 'no items', items: 0, limit: 4, expected: { started: [], peak: 0 } },
  { name: 'fewer items than the limit', items: 2, limit: 64, expected: { started: [0, 1], peak: 2 } },
  { name: 'at most `limit` at a time, started in order', items: 10, limit: 3, expected: { started: range(10), peak: 3 } },
  { name: 'a limit of one runs them one by one', items: 4, limit: 1, expected: { started: range(4), peak: 1 } },
  // Items 0-2 start; 1 fails first (the others take two turns), so 3-9 never start.
  { name: 'no task starts after a failure', items: 10, limit: 3, fail: new Map([[1, 1]]), expected: { started: [0, 1, 2], peak: 3, error: 'item 1' } },
  { name: 'the earliest item’s failure wins, not the first in time', items: 6, limit: 3, fail: new Map([[0, 5], [2, 0]]), expected: { started: [0, 1, 2], peak: 3, error: 'item 0' } },
];

describe('eachLimited', () => {
  it.each(ROWS.map((r) => [r.name, r] as const))('%s', async (_name, row) => {
    const started: number[] = [];
    let running = 0;
    let peak = 0;
    const task = async (item: number): Promise<void> => {
      started.push(item);
      peak = Math.max(peak, ++running);
      try {
        const failAfter = row.fail?.get(item);
        for (let i = 0; i < (failAfter ?? 2); i++) await tick();
        if (failAfter !== undefined) throw new Error(`item ${item}`);
      } finally {
        running--;
      }
    };
    const outcome = await eachLimited(range(row.items), row.limit, task).then(() => undefined, (e: unknown) => (e as Error).message);
    // Settled only once every task it started has finished (so a caller may delete what they wrote).
    expect(running).toBe(0);
    expect({ started, peak, error: outcome }).toEqual({ error: undefined, ...row.expected });
  });
});
