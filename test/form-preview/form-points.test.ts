/**
 * The six form points of issue 14 on the MySQL form, each in a real browser (Chromium), plus the
 * same invariants over every generated form so that other connectors do not regress.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { previewSession } from './session.js';

const session = previewSession();
const MASK = '********';

const configJson = async (page: Page): Promise<Record<string, unknown>> => JSON.parse((await page.textContent('#config-json')) ?? 'null') as Record<string, unknown>;
const shownErrors = (page: Page): Promise<string[]> => page.locator('.form .error-detail li, .form .errors li').allTextContents();

/** The page's window as these tests use it (the test tsconfig has no DOM types). */
interface PageWindow {
  sent: unknown[];
  addEventListener(type: string, listener: (e: { detail?: unknown }) => void): void;
}

/** Collects what the preview sends on submit (the `connspec:submit` event carries the real config). */
async function recordSubmits(page: Page): Promise<() => Promise<unknown[]>> {
  await page.evaluate(() => {
    const w = globalThis as unknown as PageWindow;
    w.sent = [];
    w.addEventListener('connspec:submit', (e) => w.sent.push(e.detail));
  });
  return () => page.evaluate(() => (globalThis as unknown as PageWindow).sent);
}

/** Adds an optional object when the form offers it as an "add" control (a no-op when it is already there). */
async function addOptional(page: Page, id: string): Promise<void> {
  const add = page.locator(`#${id}__optionalAdd`);
  if ((await add.count()) > 0) await add.click();
}

describe('form points (Chromium)', () => {
  it('1: the auth dropdown shows titles, not raw type names', async () => {
    const { page, errors } = await session.open('database/Mysql');
    await addOptional(page, 'root_authType');
    const labels = await page.locator('#root_authType__oneof_select option').allTextContents();
    expect(labels).toEqual(['Basic Auth', 'Iam Auth Configuration Source']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('2: what the form shows is what the config holds: defaults filled in, an absent optional object not shown as filled', async () => {
    const { page, errors } = await session.open('database/Mysql');
    expect(await page.locator('#root_scheme option:checked').textContent()).toBe('mysql+pymysql');
    expect((await configJson(page)).scheme).toBe('mysql+pymysql');
    // The optional sample-data block is absent from the config, so none of its fields shows a value.
    expect((await configJson(page)).sampleDataStorageConfig).toBeUndefined();
    expect(await page.locator('#root_sampleDataStorageConfig_overwriteData').count()).toBe(0);
    await addOptional(page, 'root_sampleDataStorageConfig');
    expect(await page.isChecked('#root_sampleDataStorageConfig_overwriteData')).toBe(true);
    await expect.poll(async () => (await configJson(page)).sampleDataStorageConfig).toMatchObject({ overwriteData: true });

    // The JSON shown is what a submit sends.
    await page.fill('#root_hostPort', 'db.example.com:3306');
    await page.fill('#root_username', 'ingest');
    await page.click('#root_sampleDataStorageConfig__optionalRemove');
    const sent = await recordSubmits(page);
    await page.click('.form button[type="submit"]');
    await expect.poll(sent).toHaveLength(1);
    expect((await sent())[0]).toEqual(await configJson(page));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('3: no error before input; a field shows its errors once touched; all show after a submit', async () => {
    const { page, errors } = await session.open('database/Mysql');
    expect(await shownErrors(page)).toEqual([]);
    expect(await page.locator('.form .has-error').count()).toBe(0);

    await page.fill('#root_hostPort', 'db.example.com');
    await expect.poll(() => page.locator('#root_hostPort__error').textContent()).toMatch(/pattern/);
    expect(await page.locator('#root_username__error').count()).toBe(0);

    await page.click('.form button[type="submit"]');
    await expect.poll(() => page.locator('#root_username__error').textContent()).toMatch(/required/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('4: with IAM chosen, only the IAM branch errors show (none from BasicAuth)', async () => {
    const { page, errors } = await session.open('database/Mysql');
    await page.fill('#root_hostPort', 'db.example.com:3306');
    await page.fill('#root_username', 'ingest');
    await addOptional(page, 'root_authType');
    await page.locator('#root_authType__oneof_select').selectOption({ index: 1 });
    await addOptional(page, 'root_authType_awsConfig');
    await page.fill('#root_authType_awsConfig_awsAccessKeyId', 'AKIAIOSFODNN7EXAMPLE');
    await page.click('.form button[type="submit"]');

    await expect.poll(() => page.locator('#root_authType_awsConfig_awsRegion__error').textContent()).toMatch(/required/);
    const all = (await shownErrors(page)).join('\n');
    expect(all).not.toMatch(/additional properties|BasicAuth|Basic Auth|exactly one schema/);
    expect(await page.locator('#submitted-json').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('5: a one-branch oneOf renders its branch directly, with no one-option dropdown', async () => {
    const { page, errors } = await session.open('database/Mysql');
    expect(await page.locator('#root_sslConfig__oneof_select').count()).toBe(0);
    await addOptional(page, 'root_sslConfig');
    await page.fill('#root_sslConfig_caCertificate', 'PEM');
    await expect.poll(async () => (await configJson(page)).sslConfig).toEqual({ caCertificate: 'PEM' });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('6: the Config JSON panel masks secrets; the submitted config holds the real value', async () => {
    const { page, errors } = await session.open('database/Mysql');
    await page.fill('#root_hostPort', 'db.example.com:3306');
    await page.fill('#root_username', 'ingest');
    await addOptional(page, 'root_authType');
    await page.fill('#root_authType_password', 's3cret');
    await expect.poll(async () => (await configJson(page)).authType).toEqual({ password: MASK });
    const sent = await recordSubmits(page);
    await page.click('.form button[type="submit"]');
    await expect.poll(sent).toHaveLength(1);
    expect((await sent())[0]).toMatchObject({ authType: { password: 's3cret' } });
    expect(await page.locator('body').textContent()).not.toContain('s3cret');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('holds on every form: no error before input, no raw-name or one-option dropdown, shown values are in the config', async () => {
    const { page, errors } = await session.open('database/Mysql');
    const ids = await page.locator('[data-connector]').evaluateAll((els) => els.map((e) => (e as unknown as Attributed).getAttribute('data-connector') ?? ''));
    expect(ids.length).toBeGreaterThan(10);
    for (const id of ids) {
      await page.click(`[data-connector="${id}"]`);
      await page.locator(`[data-connector-view="${id}"] .form button[type="submit"]`).waitFor();
      expect(await shownErrors(page), id).toEqual([]);
      expect(await shownValuesMissingFromConfig(page), id).toEqual([]);
      // Every optional object added (nested ones appear as their parents are), then the checks again.
      const add = page.locator('[id$="__optionalAdd"]');
      for (let clicks = 0; clicks < 100 && (await add.count()) > 0; clicks++) await add.first().click();
      expect(await page.locator('[id$="__optionalAdd"]').count(), id).toBe(0);
      for (const select of await page.locator('select[id$="__oneof_select"], select[id$="__anyof_select"]').all()) {
        const labels = await select.locator('option').allTextContents();
        expect(labels.length, `${id}: ${labels.join()}`).toBeGreaterThan(1);
        for (const label of labels) expect(label, id).not.toMatch(/^\p{Lu}\p{Ll}+(?:\p{Lu}[\p{Ll}\p{N}]*)+$/u);
      }
      expect(await shownErrors(page), id).toEqual([]);
      expect(await shownValuesMissingFromConfig(page), id).toEqual([]);
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});

interface Attributed {
  getAttribute(name: string): string | null;
}

/** Fields that show a value (a chosen option, a checked box, text) that the Config JSON does not hold. */
async function shownValuesMissingFromConfig(page: Page): Promise<string[]> {
  const config = await configJson(page);
  const shown = await page.locator('.form select:not([id$="_select"]), .form input').evaluateAll((els) =>
    els.flatMap((e) => {
      const input = e as unknown as { type: string; checked: boolean; id: string; value: string };
      if (input.type === 'hidden' || input.type === 'submit') return [];
      if (input.type === 'checkbox') return input.checked ? [{ id: input.id, value: true as unknown }] : [];
      return input.value === '' ? [] : [{ id: input.id, value: input.value as unknown }];
    }),
  );
  return shown.filter((s) => valueAt(config, s.id.replace(/^root_/, '').split('_')) === undefined).map((s) => `${s.id}=${JSON.stringify(s.value)}`);
}

/** The value an rjsf id names (`root_a_b`): keys may hold `_` themselves, so the longest key that exists wins. */
function valueAt(value: unknown, parts: readonly string[]): unknown {
  if (parts.length === 0) return value;
  if (typeof value !== 'object' || value === null) return undefined;
  for (let n = parts.length; n >= 1; n--) {
    const key = parts.slice(0, n).join('_');
    const found = key in value ? valueAt((value as Record<string, unknown>)[key], parts.slice(n)) : undefined;
    if (found !== undefined) return found;
  }
  return undefined;
}
