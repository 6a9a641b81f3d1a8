/**
 * The form preview (tools/form-preview) in a real browser: Debian's Chromium driven by playwright-core
 * over the production build, served on localhost. Screenshots go to test-artifacts/form-preview/.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAjv } from '@connspec/core';
import { ROOT, SCHEMAS } from '../support/workspace.js';
import { previewSession } from './session.js';

const MYSQL_ID = 'https://connspec.dev/schema/entity/services/connections/database/mysqlConnection.json';
const ARTIFACTS = join(ROOT, 'test-artifacts/form-preview');

const { open } = previewSession();

/** ajv over every source schema file, refs and all (as the ui-forms generator's test does). */
function sourceAjv(): ReturnType<typeof createAjv> {
  const ajv = createAjv({ strict: false });
  const walk = (dir: string): void => {
    for (const name of readdirSorted(dir)) {
      const p = join(dir, name);
      if (name.endsWith('.json')) ajv.addSchema(JSON.parse(readFileSync(p, 'utf8')) as object);
      else walk(p);
    }
  };
  walk(SCHEMAS);
  return ajv;
}

const readdirSorted = (dir: string): string[] => readdirSync(dir).sort();

describe('form preview (Chromium)', () => {
  it('fills the MySQL form, switches the auth choice and back, and submits a config valid against the source schema', async () => {
    const { page, errors } = await open('database/Mysql');
    await page.fill('#root_hostPort', 'db.example.com:3306');
    await page.fill('#root_username', 'ingest');
    await page.click('#root_authType__optionalAdd');
    await page.fill('#root_authType_password', 's3cret');

    const choice = page.locator('#root_authType__oneof_select');
    const options = await choice.locator('option').allTextContents();
    expect(options.length).toBe(2);
    await choice.selectOption({ index: 1 });
    await expect.poll(() => page.locator('#root_authType_password').count()).toBe(0);
    await page.locator('[id^="root_authType_awsConfig"]').first().waitFor();
    await choice.selectOption({ index: 0 });
    await page.locator('#root_authType_password').waitFor();
    // Switching branches drops the other branch's data: the password is entered again.
    await page.fill('#root_authType_password', 's3cret');

    await page.evaluate(() => {
      const w = globalThis as unknown as { sent: unknown; addEventListener(type: string, listener: (e: { detail?: unknown }) => void): void };
      w.addEventListener('connspec:submit', (e) => (w.sent = e.detail));
    });
    await page.click('.form button[type="submit"]');
    await page.locator('#submitted-json').waitFor();
    const submitted = await page.evaluate(() => (globalThis as unknown as { sent: unknown }).sent);
    const expected = {
      type: 'Mysql',
      scheme: 'mysql+pymysql',
      username: 'ingest',
      authType: { password: 's3cret' },
      hostPort: 'db.example.com:3306',
    };
    expect(submitted).toEqual(expected);
    // The page shows the same config with the secret masked.
    const shown = { ...expected, authType: { password: '********' } };
    expect(JSON.parse((await page.textContent('#submitted-json')) ?? 'null')).toEqual(shown);
    expect(JSON.parse((await page.textContent('#config-json')) ?? 'null')).toEqual(shown);

    const validate = sourceAjv().getSchema(MYSQL_ID);
    expect(validate, MYSQL_ID).toBeDefined();
    expect(validate!(submitted), JSON.stringify(validate!.errors)).toBe(true);

    // The matching test-connection steps and fixture list are on the page too.
    expect(await page.locator('#test-steps [data-step]').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('CheckAccess')]),
    );
    expect(await page.locator('#fixtures li').count()).toBeGreaterThan(3);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the error at the field for a hostPort without a port, and does not submit', async () => {
    const { page, errors } = await open('database/Mysql');
    await page.fill('#root_username', 'ingest');
    await page.fill('#root_hostPort', 'db.example.com');
    const fieldErrors = page.locator('#root_hostPort__error');
    await expect.poll(() => fieldErrors.textContent()).toMatch(/pattern/);
    expect(await page.locator('#root_username__error').count()).toBe(0);

    await page.click('.form button[type="submit"]');
    expect(await page.locator('#submitted-json').count()).toBe(0);
    expect(await fieldErrors.textContent()).toMatch(/pattern/);

    await page.fill('#root_hostPort', 'db.example.com:3306');
    await expect.poll(() => page.locator('#root_hostPort__error').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('filters connectors with the search box and screenshots the first form of each service type', async () => {
    const { page, errors } = await open('database/Mysql');
    const serviceTypes = await page.locator('section[data-service-type]').evaluateAll((els) =>
      els.map((e) => ({ type: e.getAttribute('data-service-type') ?? '', first: e.querySelector('a')?.getAttribute('data-connector') ?? '' })),
    );
    expect(serviceTypes.length).toBeGreaterThan(3);

    await page.fill('#search', 'mysq');
    await expect.poll(() => page.locator('[data-connector]').allTextContents()).toEqual(['Mysql']);
    await page.fill('#search', '');

    rmSync(ARTIFACTS, { recursive: true, force: true });
    mkdirSync(ARTIFACTS, { recursive: true });
    for (const { type, first } of serviceTypes) {
      await page.click(`[data-connector="${first}"]`);
      await page.locator(`[data-connector-view="${first}"] .form button[type="submit"]`).waitFor();
      const file = join(ARTIFACTS, `${type}.png`);
      await page.screenshot({ path: file, fullPage: true });
      const png = readFileSync(file);
      expect(png.length, file).toBeGreaterThan(1000);
      expect(png.subarray(0, 8).toString('hex'), file).toBe('89504e470d0a1a0a');
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});
