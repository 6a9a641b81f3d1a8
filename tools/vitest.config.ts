import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const at = (p: string): string => fileURLToPath(new URL(p, import.meta.url));
const root = at('..');

export default defineConfig({
  root,
  resolve: {
    alias: [
      // `connspec` (exactly: `connspec/package.json` stays the package's own) is its sources under test.
      { find: /^connspec$/, replacement: at('../packages/connspec/src/index.ts') },
      ...Object.entries({
      '@connspec/core': at('../packages/connspec/src/core/index.ts'),
      '@connspec/generator-typescript': at('../packages/connspec/src/targets/typescript/index.ts'),
      '@connspec/generator-ui-forms': at('../packages/connspec/src/targets/ui-forms/index.ts'),
      '@connspec/generator-openapi': at('../packages/connspec/src/targets/openapi/index.ts'),
      '@connspec/generator-python': at('../packages/connspec/src/targets/python/index.ts'),
      '@connspec/generator-java': at('../packages/connspec/src/targets/java/index.ts'),
      '@connspec/generator-fixtures': at('../packages/connspec/src/targets/fixtures/index.ts'),
      '@connspec/generator-test-connections': at('../packages/connspec/src/targets/test-connections/index.ts'),
      }).map(([find, replacement]) => ({ find, replacement })),
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/corpus/**', 'test/e2e/**', '**/node_modules/**'],
    // Nx forces colour for its children; tests read pyright's and pytest's plain text.
    env: { FORCE_COLOR: '0', NO_COLOR: '1', PY_COLORS: '0' },
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Vitest's default on 2 cores is one worker (cores - 1): the second core idles while a file waits
    // on tsc, javac or pyright. Two files at a time; each uses its own temp dirs.
    maxWorkers: 2,
    globalSetup: [at('./vitest.global-setup.ts')],
  },
});
