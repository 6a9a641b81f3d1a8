import { mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { PassThrough } from 'node:stream';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing.js';
import { describe, expect, it } from 'vitest';
import { connectorGenerator } from '../../packages/nx/src/generators/connector/generator.js';
import { promptOptions } from '../../packages/connspec/src/scaffold/index.js';
import { runCli } from '../support/cli.js';
import { ROOT } from './helpers.js';

function treeWithSchemas() {
  const tree = createTreeWithEmptyWorkspace();
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir)) {
      const full = join(dir, e);
      if (statSync(full).isDirectory()) walk(full);
      else tree.write(relative(ROOT, full), readFileSync(full, 'utf8'));
    }
  };
  walk(join(ROOT, 'schemas'));
  return tree;
}

describe('nx generator and connspec scaffold', () => {
  it('nx generator writes the schema and registry entry into the tree', async () => {
    const tree = treeWithSchemas();
    await connectorGenerator(tree, { name: 'acme', serviceType: 'dashboard', authTypes: 'token' });
    expect(tree.exists('schemas/entity/services/connections/dashboard/acmeConnection.json')).toBe(true);
    expect(tree.read('schemas/entity/services/dashboardService.json', 'utf-8')).toBe(readFileSync(join(ROOT, 'test/scaffold/golden/dashboardService.json'), 'utf8'));
    const changes = tree.listChanges().filter((c) => c.path.startsWith('schemas/')).length;
    await expect(connectorGenerator(tree, { name: 'acme', serviceType: 'dashboard' })).rejects.toThrow(/already exists/);
    await expect(connectorGenerator(tree, { name: 'x', serviceType: 'dashboard', authTypes: 'nope' })).rejects.toThrow(/unknown auth type "nope"/);
    expect(tree.listChanges().filter((c) => c.path.startsWith('schemas/')).length).toBe(changes);
  });

  it('connspec scaffold writes to disk, and off a TTY without flags asks nothing', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'connspec-cli-'));
    cpSync(join(ROOT, 'schemas'), join(ws, 'schemas'), { recursive: true });
    cpSync(join(ROOT, '.connspec.json'), join(ws, '.connspec.json'));
    const scaffold = (...args: string[]) => runCli(['scaffold', ...args], { cwd: ws });
    expect((await scaffold('--name', 'acme', '--serviceType', 'dashboard', '--authTypes', 'token')).code).toBe(0);
    expect(readFileSync(join(ws, 'schemas/entity/services/dashboardService.json'), 'utf8')).toContain('"Acme"');
    expect(await scaffold('--name', 'acme', '--serviceType', 'dashboard')).toMatchObject({ code: 2, stderr: expect.stringContaining('already exists') });
    expect(await scaffold()).toMatchObject({ code: 2, stderr: expect.stringContaining('stdin is not a terminal') });
  });

  it('prompts for every option on a terminal', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    const answers = ['acme', 'dashboard', '', 'token,oauth', 'metadata', '8443', ''];
    output.on('data', () => input.write(`${answers.shift() ?? ''}\n`));
    const options = await promptOptions({ input, output });
    expect(options).toEqual({ name: 'acme', serviceType: 'dashboard', connectionType: 'rest_api', authTypes: 'token,oauth', capabilities: 'metadata', defaultPort: '8443' });
  });
});
