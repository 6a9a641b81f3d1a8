import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The installation test: packs the packages and installs them into fresh projects outside the
 * repository (minutes, not seconds; one file at a time). It imports nothing from the sources.
 */
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: { include: ['test/e2e/**/*.test.ts'], testTimeout: 600_000, hookTimeout: 600_000, fileParallelism: false, pool: 'forks' },
});
