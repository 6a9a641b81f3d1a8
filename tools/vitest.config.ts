import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const at = (p: string): string => fileURLToPath(new URL(p, import.meta.url));
const root = at('..');

export default defineConfig({
  root,
  resolve: {
    alias: {
      '@connspec/core': at('../tools/core/src/index.ts'),
      '@connspec/generator-typescript': at('../generators/typescript/src/index.ts'),
      '@connspec/generator-ui-forms': at('../generators/ui-forms/src/index.ts'),
      '@connspec/generator-openapi': at('../generators/openapi/src/index.ts'),
      '@connspec/generator-python': at('../generators/python/src/index.ts'),
      '@connspec/generator-java': at('../generators/java/src/index.ts'),
      '@connspec/generator-fixtures': at('../generators/fixtures/src/index.ts'),
      '@connspec/generator-test-connections': at('../generators/test-connections/src/index.ts'),
    },
  },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/corpus/**', '**/node_modules/**'],
    // Nx forces colour for its children; tests read pyright's and pytest's plain text.
    env: { FORCE_COLOR: '0', NO_COLOR: '1', PY_COLORS: '0' },
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
