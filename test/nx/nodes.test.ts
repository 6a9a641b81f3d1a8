import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodesForConfig, toolInputs } from '../../packages/nx/src/nodes.js';
import { ROOT } from '../support/workspace.js';

const TARGETS = ['fixtures', 'java', 'openapi', 'python', 'test-connections', 'typescript', 'ui-forms'];
const context = (workspaceRoot: string) => ({ workspaceRoot, nxJsonConfiguration: {} });

/** A workspace outside this repository with connspec installed as an npm package would be (a link into node_modules). */
function consumer(config: unknown): string {
  const ws = mkdtempSync(join(tmpdir(), 'connspec-nx-nodes-'));
  mkdirSync(join(ws, 'node_modules'), { recursive: true });
  symlinkSync(join(ROOT, 'packages/connspec'), join(ws, 'node_modules/connspec'));
  mkdirSync(join(ws, 'libs/schemas/json'), { recursive: true });
  writeFileSync(join(ws, 'libs/schemas/.connspec.json'), JSON.stringify(config));
  return ws;
}

describe('@connspec/nx createNodesV2', () => {
  it('gives a config\'s project generate and validate, on exactly its config, schemas and connspec', async () => {
    const ws = consumer({ schemaRoot: 'json', outDir: '../../dist/models', targets: ['python', 'typescript'] });
    const { projects } = await nodesForConfig('libs/schemas/.connspec.json', {}, context(ws));
    const project = projects?.['libs/schemas'];
    expect(project?.name).toBe('libs-schemas');
    const inputs = ['{projectRoot}/.connspec.json', '{workspaceRoot}/libs/schemas/json/**/*.json', { externalDependencies: ['connspec'] }];
    expect(project?.targets?.generate).toMatchObject({ command: 'connspec generate --config .connspec.json', options: { cwd: '{projectRoot}' }, cache: true, inputs, outputs: ['{workspaceRoot}/dist/models/python', '{workspaceRoot}/dist/models/typescript'] });
    expect(project?.targets?.validate).toMatchObject({ command: 'connspec validate --config .connspec.json', cache: true, inputs, outputs: [] });
    expect(project?.targets?.generate?.dependsOn).toBeUndefined();
    // One cached package target per packaged language the config generates, after generate; `package` runs them all.
    expect(project?.targets?.['package-python']).toMatchObject({ command: 'connspec package --config .connspec.json --target python', cache: true, inputs, outputs: ['{workspaceRoot}/libs/schemas/dist/connspec/python'], dependsOn: ['generate'] });
    expect(project?.targets?.['package-typescript']?.outputs).toEqual(['{workspaceRoot}/libs/schemas/dist/connspec/typescript']);
    expect(project?.targets?.['package-java']).toBeUndefined();
    expect(project?.targets?.package).toMatchObject({ executor: 'nx:noop', dependsOn: ['package-python', 'package-typescript'] });
  });

  it('takes the target names from the plugin options', async () => {
    const ws = consumer({ schemaRoot: 'json' });
    const { projects } = await nodesForConfig('libs/schemas/.connspec.json', { generateTargetName: 'codegen', validateTargetName: 'lint-schemas', packageTargetName: 'dist' }, context(ws));
    const targets = projects?.['libs/schemas']?.targets ?? {};
    expect(Object.keys(targets).sort()).toEqual(['codegen', 'dist', 'dist-java', 'dist-python', 'dist-typescript', 'lint-schemas']);
    expect(targets['dist-java']?.dependsOn).toEqual(['codegen']);
  });

  it('still gives targets for a config connspec refuses (running them prints why)', async () => {
    const ws = consumer({ schemaRot: 'json' });
    const { projects } = await nodesForConfig('libs/schemas/.connspec.json', {}, context(ws));
    expect(projects?.['libs/schemas']?.targets?.generate).toMatchObject({ inputs: ['{projectRoot}/.connspec.json', '{projectRoot}/**/*.json', { externalDependencies: ['connspec'] }], outputs: [] });
  });

  it('in this repository, where connspec is a workspace package: its sources are inputs and its build runs first', async () => {
    const { projects } = await nodesForConfig('.connspec.json', {}, context(ROOT));
    const generate = projects?.['.']?.targets?.generate;
    expect(generate?.outputs).toEqual(TARGETS.map((t) => `{workspaceRoot}/generated/${t}`));
    expect(generate?.dependsOn).toEqual([{ projects: ['connspec'], target: 'build' }]);
    expect(toolInputs(ROOT).inputs.slice(0, 3)).toEqual(['{workspaceRoot}/packages/connspec/src/**/*', '{workspaceRoot}/packages/connspec/runtime/**/*', '{workspaceRoot}/packages/connspec/package.json']);
  });
});
