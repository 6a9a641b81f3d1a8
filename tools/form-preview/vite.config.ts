import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const at = (p: string): string => fileURLToPath(new URL(p, import.meta.url));

/** The form preview: a static page over `generated/` (imported with import.meta.glob), nothing else. */
export default defineConfig({
  root: at('.'),
  base: './',
  plugins: [react()],
  server: { fs: { allow: [at('../..')] } },
  build: {
    outDir: at('../../dist/form-preview'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
});
