import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyse, lowered, type IR } from '@connspec/core';
import { generate } from '../../support/generate.js';
import { compileJava, type Built } from '../../../tools/java/maven.js';
import { ensureVenv, pyrightErrorsByFile } from '../../../tools/python/python.js';
import { reportByFile, reportOf, tscStrict } from '../../support/tsc.js';
import { tempConfig } from '../../support/workspace.js';

/**
 * The step-name constants compile in each language with a small piece of connector code using
 * them, and the same code naming a step that does not exist fails to compile: compile-time checking.
 */
let ir: IR;
let out: string;

beforeAll(async () => {
  const config = tempConfig();
  await generate(config, ['typescript', 'python', 'java', 'test-connections']);
  const analysis = await analyse(config);
  if (!analysis.ir) throw new Error('no IR');
  ir = analysis.ir;
  out = config.outDir;
}, 120_000);

const write = (path: string, text: string): void => {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
};

/** The steps of a connector, in order, from the JSON definition the test-connections target wrote. */
function definitionSteps(serviceType: string, tag: string): string[] {
  const definition = JSON.parse(readFileSync(join(out, 'test-connections', serviceType, `${tag}.json`), 'utf8')) as { steps: { name: string }[] };
  return definition.steps.map((s) => s.name);
}

describe('step constants: one per connection, named by the naming service, in step order', () => {
  it('every language declares <ConnectionType>TestStep for every connection, members in the definition order', () => {
    const ts = readFileSync(join(out, 'typescript/testConnectionSteps.ts'), 'utf8');
    const py = readFileSync(join(out, 'python/connspec_models/test_connection_steps.py'), 'utf8');
    const java = readFileSync(join(out, 'java/src/main/java/dev/connspec/schema/TestConnectionSteps.java'), 'utf8');
    for (const file of ir.files.filter((f) => f.connection)) {
      const name = `${ir.declarations.get(file.root)?.name}TestStep`;
      const steps = lowered(ir).testConnection(file).steps.map((s) => s.name);
      expect(steps).toEqual(definitionSteps(file.connection?.serviceType ?? '', file.connection?.tag ?? ''));
      const tsBlock = new RegExp(`export const ${name} = \\{([\\s\\S]*?)\\} as const;\\n[\\s\\S]*?export type ${name} = \\(typeof ${name}\\)\\[keyof typeof ${name}\\];`).exec(ts);
      expect([...(tsBlock?.[1] ?? '').matchAll(/^ {2}(\w+): "(\w+)",$/gm)].map((m) => [m[1], m[2]])).toEqual(steps.map((s) => [s, s]));
      const pyBlock = new RegExp(`class ${name}\\(str, Enum\\):([\\s\\S]*?)(?=\\nclass |$)`).exec(py);
      expect([...(pyBlock?.[1] ?? '').matchAll(/^ {4}(\w+) = "(\w+)"$/gm)].map((m) => [m[1], m[2]])).toEqual(steps.map((s) => [s, s]));
      const javaBlock = new RegExp(`public enum ${name} \\{([\\s\\S]*?);\\n`).exec(java);
      expect([...(javaBlock?.[1] ?? '').matchAll(/^ {8}(\w+)\("(\w+)"\)/gm)].map((m) => m[2])).toEqual(steps);
    }
    expect(readFileSync(join(out, 'typescript/index.ts'), 'utf8')).toContain("export * from './testConnectionSteps.js';");
  });
});

describe('TypeScript constants', () => {
  const usage = (wrong: boolean): string => `import { MysqlConnectionTestStep, SnowflakeConnectionTestStep, type KafkaConnectionTestStep } from './index.js';

/** Connector code: one test function per step, checked against the step names. */
export const runners: Record<MysqlConnectionTestStep, () => Promise<void>> = {
  CheckAccess: async () => {},
  GetSchemas: async () => {},
  GetTables: async () => {},
  GetViews: async () => {},
};
export const second: SnowflakeConnectionTestStep = SnowflakeConnectionTestStep.CheckWarehouseAccess;
export const topics: KafkaConnectionTestStep = 'GetTopics';
export const order: readonly string[] = Object.values(MysqlConnectionTestStep);
${wrong ? '' : '// @ts-expect-error -- Mysql has no step GetTabels\n'}export const wrong = MysqlConnectionTestStep.GetTabels;
${wrong ? '' : '// @ts-expect-error -- Mysql has no GetQueries step (no usage or lineage flag)\n'}export const absent: MysqlConnectionTestStep = 'GetQueries';
${wrong ? '' : '// @ts-expect-error -- a runner map must cover every step\n'}export const partial: Record<MysqlConnectionTestStep, () => void> = { CheckAccess: () => {}, GetSchemas: () => {}, GetTables: () => {} };
`;

  it('compile under tsc --strict with connector code using them; each wrong step name is an error tsc reports', () => {
    // One tsc program for both modules; each is judged by the diagnostics in its own file.
    const dir = join(out, 'typescript');
    write(join(dir, '__steps_ok__.ts'), usage(false));
    write(join(dir, '__steps_wrong__.ts'), usage(true));
    const byFile = reportByFile(dir, tscStrict(dir, ['__steps_ok__.ts', '__steps_wrong__.ts']));
    expect(reportOf(byFile, (f) => f !== '__steps_wrong__.ts')).toBe('');
    const report = reportOf(byFile, (f) => f === '__steps_wrong__.ts');
    expect(report).toContain(`Property 'GetTabels' does not exist`);
    expect(report).toContain(`Type '"GetQueries"' is not assignable to type 'MysqlConnectionTestStep'`);
    expect(report).toContain(`Property 'GetViews' is missing`);
  });
});

describe('Python constants', () => {
  /** The generated module with connector code beside it, type-checked by one strict pyright run; each file's errors. */
  function pyright(modules: Readonly<Record<string, string>>): Map<string, string> {
    const dir = mkdtempSync(join(tmpdir(), 'connspec-steps-py-'));
    cpSync(join(out, 'python/connspec_models/test_connection_steps.py'), join(dir, 'connspec_models/test_connection_steps.py'), { recursive: true });
    write(join(dir, 'connspec_models/__init__.py'), '');
    for (const [name, code] of Object.entries(modules)) write(join(dir, `${name}.py`), code);
    return pyrightErrorsByFile(dir);
  }

  const header = 'from collections.abc import Callable\n\nfrom connspec_models.test_connection_steps import MysqlConnectionTestStep, SnowflakeConnectionTestStep\n\n\ndef check_access() -> None:\n    pass\n\n\n';

  it('type-check under strict pyright with connector code using them; a wrong step name fails', () => {
    const ok = `${header}runners: dict[MysqlConnectionTestStep, Callable[[], None]] = {MysqlConnectionTestStep.CheckAccess: check_access}\nsecond: SnowflakeConnectionTestStep = SnowflakeConnectionTestStep.CheckWarehouseAccess\nname: str = MysqlConnectionTestStep.GetTables.value\n`;
    const wrong = `${header}wrong = MysqlConnectionTestStep.GetTabels\n`;
    const errors = pyright({ usage_ok: ok, usage_wrong: wrong });
    expect([...errors].filter(([file]) => file !== 'usage_wrong.py')).toEqual([]);
    expect(errors.get('usage_wrong.py')).toMatch(/usage_wrong\.py:\d+:\d+ - error: Cannot access attribute "GetTabels" for class "type\[MysqlConnectionTestStep\]"/);
  });

  it('import, and list the steps in definition order at run time', () => {
    const script = 'import json\nfrom connspec_models.test_connection_steps import SnowflakeConnectionTestStep as S\nprint(json.dumps([s.value for s in S]))';
    const stdout = execFileSync(ensureVenv(), ['-c', script], { cwd: join(out, 'python'), encoding: 'utf8' });
    expect(JSON.parse(stdout)).toEqual(definitionSteps('database', 'Snowflake'));
  });
});

describe('Java constants', () => {
  const usage = (step: string): string => `package dev.connspec.usage;

import dev.connspec.schema.TestConnectionSteps.MysqlConnectionTestStep;
import dev.connspec.schema.TestConnectionSteps.SnowflakeConnectionTestStep;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Connector code: a test function per step, keyed by the generated enum. */
public final class StepsUsage {
    private StepsUsage() {
    }

    public static void main(String[] args) {
        Map<MysqlConnectionTestStep, Runnable> runners = new EnumMap<>(MysqlConnectionTestStep.class);
        runners.put(MysqlConnectionTestStep.${step}, () -> { });
        List<String> names = new ArrayList<>();
        for (SnowflakeConnectionTestStep s : SnowflakeConnectionTestStep.values()) {
            names.add("\\"" + s.stepName() + "\\"");
        }
        System.out.println("[" + String.join(",", names) + "]" + runners.size());
    }
}
`;

  /** The usage class in a source tree of its own. */
  function usageTree(step: string): string {
    const src = mkdtempSync(join(tmpdir(), 'connspec-steps-java-'));
    write(join(src, 'dev/connspec/usage/StepsUsage.java'), usage(step));
    return src;
  }

  let models: Built | undefined;
  /** The generated sources with connector code using them, in one javac run (-Xlint:all -Werror), once. */
  const built = (): Built => (models ??= compileJava(join(out, 'java/src/main/java'), mkdtempSync(join(tmpdir(), 'connspec-steps-build-')), { testSources: usageTree('CHECK_ACCESS') }));

  it('compile with javac -Xlint:all -Werror with connector code using them, and run in step order', () => {
    const stdout = execFileSync('java', ['-cp', built().classpath, 'dev.connspec.usage.StepsUsage'], { encoding: 'utf8' }).trim();
    expect(stdout).toBe(`${JSON.stringify(definitionSteps('database', 'Snowflake'))}1`);
  }, 300_000);

  it('a wrong step name fails to compile (against the compiled models, with the same javac settings)', () => {
    expect(() => compileJava(usageTree('GET_TABELS'), mkdtempSync(join(tmpdir(), 'connspec-steps-build-')), { against: built() })).toThrow(/StepsUsage\.java:\d+: error: cannot find symbol/);
  }, 300_000);
});
