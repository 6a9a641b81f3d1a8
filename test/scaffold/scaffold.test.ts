import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUTH_TYPES, diskStore, planScaffold, ScaffoldError, SERVICE_TYPES } from '../../packages/connspec/src/scaffold/index.js';
import { scaffoldInto, tempWorkspace } from './helpers.js';

const GOLDEN = join(import.meta.dirname, 'golden');

function snapshot(root: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir)) {
      const full = join(dir, e);
      if (statSync(full).isDirectory()) walk(full);
      else out.set(full, readFileSync(full, 'utf8'));
    }
  };
  walk(root);
  return out;
}

const noRead = (): string => {
  throw new Error('no file');
};

describe('connector scaffold', () => {
  it('scaffolds and registers a valid connector of each service type', async () => {
    const { schemas, config } = tempWorkspace();
    for (const serviceType of SERVICE_TYPES) {
      const { plan, check } = await scaffoldInto(schemas, config, { name: `new-${serviceType}`, serviceType, authTypes: 'token', defaultPort: 8080 });
      expect(check.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      const schema = JSON.parse(readFileSync(join(schemas, plan.writes[0]!.path), 'utf8'));
      expect(schema.properties.type.$ref).toBe(`#/definitions/${plan.options.camelName}Type`);
      expect(schema.additionalProperties).toBe(false);
      expect(schema.schemaVersion).toBe('1.0.0');
      expect(readFileSync(join(schemas, `entity/services/${serviceType}Service.json`), 'utf8')).toContain(`"${plan.options.tag}"`);
    }
  });

  it('maps each auth type to its shared schema and validates', async () => {
    const { schemas, config } = tempWorkspace();
    for (const auth of AUTH_TYPES) {
      const { plan, check } = await scaffoldInto(schemas, config, { name: `db-${auth}`, serviceType: 'database', authTypes: auth, capabilities: 'metadata,usage' });
      expect(check.ok, JSON.stringify(check.diagnostics)).toBe(true);
      const schema = JSON.parse(plan.writes[0]!.text);
      expect(schema.properties.authType.oneOf).toHaveLength(1);
      expect(schema.properties.hostPort.pattern).toBeDefined();
    }
    const all = await scaffoldInto(schemas, config, { name: 'every-auth', serviceType: 'dashboard', authTypes: [...AUTH_TYPES], capabilities: 'metadata,lineage' });
    expect(all.check.ok, JSON.stringify(all.check.diagnostics)).toBe(true);
  });

  it('edits the registry in place, sorted, matching the golden files', async () => {
    const { schemas, config } = tempWorkspace();
    await scaffoldInto(schemas, config, { name: 'acme', serviceType: 'dashboard', authTypes: 'token' });
    await scaffoldInto(schemas, config, { name: 'oracle', serviceType: 'database', authTypes: 'basic', capabilities: 'metadata,stored_procedures', defaultPort: 1521 });
    for (const file of ['dashboardService.json', 'databaseService.json']) {
      expect(readFileSync(join(schemas, 'entity/services', file), 'utf8')).toBe(readFileSync(join(GOLDEN, file), 'utf8'));
    }
    expect(readFileSync(join(schemas, 'entity/services/connections/dashboard/acmeConnection.json'), 'utf8')).toBe(readFileSync(join(GOLDEN, 'acmeConnection.json'), 'utf8'));
    expect(readFileSync(join(schemas, 'entity/services/connections/connectionBasicType.json'), 'utf8')).toBe(readFileSync(join(GOLDEN, 'connectionBasicType.json'), 'utf8'));
  });

  it('refuses a re-run unless --force, an invalid name and an unknown auth type, writing nothing', async () => {
    const { schemas, config } = tempWorkspace();
    await scaffoldInto(schemas, config, { name: 'acme', serviceType: 'dashboard', authTypes: 'token' });
    const before = snapshot(schemas);
    const attempts = [
      [{ name: 'acme', serviceType: 'dashboard', authTypes: 'token' }, /already exists.*--force/],
      [{ name: 'acme', serviceType: 'pipeline' }, /already exists as a dashboard connector/],
      [{ name: 'mysql', serviceType: 'dashboard' }, /already exists as a database connector/],
      [{ name: '9lives', serviceType: 'dashboard' }, /invalid connector name "9lives"/],
      [{ name: 'acme/../x', serviceType: 'dashboard' }, /invalid connector name/],
      [{ name: 'other', serviceType: 'dashboard', authTypes: 'token,kerberos' }, /unknown auth type "kerberos"; expected one of: basic, iam/],
      [{ name: 'other', serviceType: 'nosql' }, /unknown service type "nosql"/],
      [{ name: 'other', serviceType: 'search', capabilities: 'profiler' }, /capability "profiler" does not apply to search/],
    ] as const;
    for (const [options, message] of attempts) {
      await expect(scaffoldInto(schemas, config, options)).rejects.toThrow(message);
      await expect(scaffoldInto(schemas, config, options)).rejects.toBeInstanceOf(ScaffoldError);
    }
    expect(snapshot(schemas)).toEqual(before);
    const forced = await scaffoldInto(schemas, config, { name: 'acme', serviceType: 'dashboard', authTypes: 'basic', force: true });
    expect(forced.check.ok).toBe(true);
    expect(forced.plan.writes.map((w) => w.path)).toEqual(['entity/services/connections/dashboard/acmeConnection.json']);
  });

  it('writes testConnection overrides and fails validation on a bad one, writing nothing', async () => {
    const { schemas, config } = tempWorkspace();
    const ok = await scaffoldInto(schemas, config, { name: 'acme', serviceType: 'dashboard', testConnection: '{"remove":["GetCharts"]}' });
    expect(ok.check.ok).toBe(true);
    expect(JSON.parse(ok.plan.writes[0]!.text).testConnection).toEqual({ remove: ['GetCharts'] });
    const before = snapshot(schemas);
    const bad = await scaffoldInto(schemas, config, { name: 'beta', serviceType: 'dashboard', testConnection: '{"remove":["GetTables"]}' });
    expect(bad.check.ok).toBe(false);
    expect(bad.check.diagnostics.some((d) => d.rule === 'test-connection-steps')).toBe(true);
    expect(snapshot(schemas)).toEqual(before);
  });

  it('plans without touching the store', () => {
    const { schemas, config } = tempWorkspace();
    const before = snapshot(schemas);
    const plan = planScaffold(diskStore(schemas), { name: 'acme', serviceType: 'dashboard' }, config.baseUrl, noRead);
    expect(plan.writes).toHaveLength(2);
    expect(snapshot(schemas)).toEqual(before);
  });
});
