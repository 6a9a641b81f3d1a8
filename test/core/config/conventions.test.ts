import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLayout, PRESETS, templatePattern, type ConfigError } from '@connspec/core';
import { loadConfig } from 'connspec';
import { describe, expect, it } from 'vitest';

describe('path templates', () => {
  const cases: readonly { template: string; path: string; match: Record<string, string> | undefined }[] = [
    { template: 'entity/services/connections/{serviceType}/{name}Connection.json', path: 'entity/services/connections/database/mysqlConnection.json', match: { serviceType: 'database', name: 'mysql' } },
    { template: 'entity/services/connections/{serviceType}/{name}Connection.json', path: 'entity/services/connections/database/sub/mysqlConnection.json', match: undefined },
    { template: '{name}.json', path: 'github.json', match: { name: 'github' } },
    { template: '{name}.json', path: 'nested/github.json', match: undefined },
    { template: 'connectors/**/{name}.json', path: 'connectors/a/b/acme.json', match: { name: 'acme' } },
    { template: 'connectors/**/{name}.json', path: 'connectors/acme.json', match: { name: 'acme' } },
    { template: 'c/*-{name}.json', path: 'c/source-acme.json', match: { name: 'acme' } },
    { template: 'a.b/{name}.json', path: 'aXb/x.json', match: undefined },
  ];
  it.each(cases)('$template on $path', ({ template, path, match }) => {
    const m = templatePattern(template).exec(path);
    expect(m ? { ...m.groups } : undefined).toEqual(match === undefined ? undefined : expect.objectContaining(match));
  });
});

describe('layout', () => {
  const connspec = PRESETS.find((p) => p.id === 'connspec')?.settings;
  const layout = createLayout(connspec?.connections ?? null, connspec?.registries ?? null);
  const cases = [
    { path: 'entity/services/connections/database/mysqlConnection.json', role: { kind: 'connection', serviceType: 'database', name: 'mysql' } },
    { path: 'entity/services/connections/common/sslConnection.json', role: { kind: 'shared' } },
    { path: 'entity/services/databaseService.json', role: { kind: 'registry', serviceType: 'database' } },
    { path: 'type/basic.json', role: { kind: 'shared' } },
  ];
  it.each(cases)('$path is $role.kind', ({ path, role }) => expect(layout.classify(path)).toEqual(role));

  it('without connections declared, nothing is a connection', () => {
    expect(createLayout(null, null).classify('entity/services/connections/database/mysqlConnection.json')).toEqual({ kind: 'shared' });
  });
  it('a template without {serviceType} takes the configured one (default connector)', () => {
    expect(createLayout({ paths: ['{name}.json'] }, null).classify('acme.json')).toEqual({ kind: 'connection', serviceType: 'connector', name: 'acme' });
    expect(createLayout({ paths: ['{name}.json'], serviceType: 'source' }, null).classify('acme.json')).toEqual({ kind: 'connection', serviceType: 'source', name: 'acme' });
  });
});

function configFile(value: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'connspec-conv-'));
  writeFileSync(join(dir, '.connspec.json'), `${JSON.stringify(value, null, 2)}\n`);
  return join(dir, '.connspec.json');
}

describe('presets and the config file', () => {
  it('the file merges over the preset: connections and keywords key by key, other keys replaced', () => {
    const config = loadConfig(configFile({ preset: 'airbyte', keywords: { x_doc: 'docs' }, connections: { serviceType: 'destination' }, baseUrl: 'https://acme.example/s/' }));
    expect(config.keywords).toMatchObject({ airbyte_secret: 'secret', order: 'order', x_doc: 'docs' });
    expect(config.connections).toEqual({ paths: ['{name}.json'], serviceType: 'destination', tag: { from: 'name' } });
    expect(config.baseUrl).toBe('https://acme.example/s/');
    expect(config.rules).toEqual({ 'id-present': 'off' });
  });

  const refused: readonly { name: string; value: unknown; pointer: string; rule: string; says: RegExp }[] = [
    { name: 'an unknown preset', value: { preset: 'airbite' }, pointer: '/preset', rule: 'config-invalid', says: /did you mean "airbyte"/ },
    { name: 'an unknown role', value: { keywords: { x_secret: 'secrett' } }, pointer: '/keywords/x_secret', rule: 'config-invalid', says: /did you mean "secret"/ },
    { name: 'a standard keyword declared as a vendor one', value: { keywords: { format: 'docs' } }, pointer: '/keywords/format', rule: 'config-invalid', says: /keyword of JSON Schema or of connspec itself/ },
    { name: 'a template placeholder that does not exist', value: { connections: { paths: ['{kind}/{name}.json'] } }, pointer: '/connections/paths/0', rule: 'config-invalid', says: /\{kind\} which is not a placeholder/ },
    { name: 'a capabilities regex that does not compile', value: { connections: { paths: ['{name}.json'], capabilities: '^supports[' } }, pointer: '/connections/capabilities', rule: 'config-invalid', says: /not a regular expression/ },
    { name: 'connections without paths', value: { connections: { tag: { from: 'name' } } }, pointer: '/connections', rule: 'config-invalid', says: /paths/ },
  ];
  it.each(refused)('refuses $name at its key', ({ value, pointer, rule, says }) => {
    let error: ConfigError | undefined;
    try {
      loadConfig(configFile(value));
    } catch (e) {
      error = e as ConfigError;
    }
    const d = error?.diagnostics.find((x) => x.pointer === pointer);
    expect(d, JSON.stringify(error?.diagnostics)).toMatchObject({ rule, file: expect.stringMatching(/\.connspec\.json$/), line: expect.any(Number), column: expect.any(Number) });
    expect(`${d?.message} ${d?.hint}`).toMatch(says);
  });
});
