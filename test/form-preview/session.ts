/**
 * One form-preview session per test file: the app built once, served on localhost, and Debian's
 * Chromium through playwright-core; `open` gives a page on one connector that records page errors.
 */
import { rmSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { buildApp, ensureChromium, launch, serve, type Served } from './browser.js';

export interface Opened {
  readonly page: Page;
  /** Errors the page threw, for a test to expect empty. */
  readonly errors: string[];
}

export interface PreviewSession {
  open(hash: string): Promise<Opened>;
}

export function previewSession(): PreviewSession {
  let dist: string | undefined;
  let server: Served | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    ensureChromium();
    dist = await buildApp();
    server = await serve(dist);
    browser = await launch();
  }, 600_000); // a first apt-get install of chromium can take minutes

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dist) rmSync(dist, { recursive: true, force: true });
  });

  return {
    async open(hash) {
      if (!browser || !server) throw new Error('the preview session has not started');
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${server.url}#${hash}`);
      await page.locator(`[data-connector-view="${hash}"]`).waitFor();
      return { page, errors };
    },
  };
}
