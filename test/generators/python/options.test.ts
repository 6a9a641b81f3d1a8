import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyse, resolveSettings } from '@connspec/core';
import { CHECKED_FORMATS, generatePython, PYTHON_OPTIONS, pythonGenerator } from '@connspec/generator-python';
import { pythonSettings } from '../../../packages/connspec/src/targets/python/options.js';
import { checkModels, ensureVenv, pyrightStrict } from '../../../tools/python/python.js';
import { generate } from '../../support/generate.js';
import { connection } from '../../bad-input/sources.js';
import { tempConfig } from '../../support/workspace.js';
import { pythonModules } from './support.js';

const BASE = `from pydantic import BaseModel, SecretStr


class Base(BaseModel):
    """A user's own base class, as OpenMetadata plugs theirs."""

    def describe(self) -> str:
        return type(self).__name__


class Secret(SecretStr):
    """A user's own secret type."""
`;

describe('python generator options', () => {
  it('declares baseClass, secretType, packageName and distribution as data, with defaults and checks', () => {
    expect(pythonGenerator.options).toBe(PYTHON_OPTIONS);
    expect(resolveSettings('python', PYTHON_OPTIONS)).toEqual({ baseClass: 'pydantic.BaseModel', secretType: 'pydantic.SecretStr', packageName: 'connspec_models', distribution: '' });
    expect(pythonSettings({ packageName: 'acme_models' }).distribution).toBe('acme-models');
    expect(() => resolveSettings('python', PYTHON_OPTIONS, { distribution: '-bad-' })).toThrow(/generators\.python\.distribution: expected a distribution name/);
    expect(() => resolveSettings('python', PYTHON_OPTIONS, { baseClass: 'BaseModel' })).toThrow(/generators\.python\.baseClass: expected a dotted path/);
    expect(() => resolveSettings('python', PYTHON_OPTIONS, { packageName: 'my-models' })).toThrow(/generators\.python\.packageName: expected a Python identifier/);
  });

  it('generates into the configured package, on the configured base class and secret type', async () => {
    const config = tempConfig({ generators: { python: { baseClass: 'acme_base.Base', secretType: 'acme_base.Secret', packageName: 'acme_models' } } });
    await generate(config, ['python']);
    const dir = join(config.outDir, 'python');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'acme_base.py'), BASE);
    expect(readFileSync(join(dir, 'acme_models/_connspec.py'), 'utf8')).toContain('from acme_base import Base as _Base\nfrom acme_base import Secret as _SecretType\n');
    const module = 'entity.services.connections.database.mysql_connection';
    const value = { type: 'Mysql', username: 'u', hostPort: 'h:1', authType: { password: 's3cr3t-value' } };
    const result = checkModels(dir, 'acme_models', pythonModules(join(dir, 'acme_models')), [{ id: 'mysql', module, class: 'MysqlConnection', value }]);
    expect(result.imports.filter((i) => !i.ok)).toEqual([]);
    expect(result.samples[0]).toMatchObject({ accepted: true, roundTrip: true });
    const probe = [
      'import acme_base',
      `from acme_models.${module} import MysqlConnection`,
      `m = MysqlConnection.model_validate(${JSON.stringify(value)})`,
      'assert isinstance(m, acme_base.Base) and m.describe() == "MysqlConnection"',
      'assert isinstance(m.authType.root.password, acme_base.Secret)',
      'assert "s3cr3t" not in repr(m) and m.model_dump(mode="json")["authType"]["password"] == "s3cr3t-value"',
      'print("ok")',
    ].join('\n');
    expect(execFileSync(ensureVenv(), ['-c', probe], { cwd: dir, encoding: 'utf8' }).trim()).toBe('ok');
    expect(pyrightStrict(dir)).toBe('');
  }, 300_000);
});

describe('python generator warnings', () => {
  it('reports a pattern no engine can run as ECMA does, at generation time and in the code', async () => {
    const source = connection('entity/services/connections/database/warnConnection.json', 'Warn', '    "code": { "type": "string", "pattern": "^\\\\p{CWKCF}+$" }');
    const { ir } = await analyse(tempConfig(), [source]);
    if (!ir) throw new Error('no IR');
    const { files, warnings } = generatePython(ir, resolveSettings('python', PYTHON_OPTIONS));
    expect(warnings).toEqual([
      expect.objectContaining({ severity: 'warning', rule: 'python-unenforced', file: 'entity/services/connections/database/warnConnection.json', pointer: '/properties/code', message: 'pattern /^\\p{CWKCF}+$/ is not checked: no Python regex engine knows the Unicode property escape \\p{CWKCF}' }),
    ]);
    const module = files.find((f) => f.path.endsWith('warn_connection.py'))?.contents ?? '';
    expect(module).toMatch(/# connspec: pattern .* is not checked[^\n]*\n {4}code: /);
  });

  it('runs what re cannot on the regex package, and lists it in requirements.txt only then', async () => {
    const generated = async (pattern: string) => {
      const source = connection('entity/services/connections/database/regexConnection.json', 'Regex', `    "code": { "type": "string", "pattern": ${JSON.stringify(pattern)} }`);
      const { ir } = await analyse(tempConfig(), [source]);
      if (!ir) throw new Error('no IR');
      const { files, warnings } = generatePython(ir, resolveSettings('python', PYTHON_OPTIONS));
      const text = (end: string) => files.find((f) => f.path.endsWith(end))?.contents ?? '';
      return { warnings, module: text('regex_connection.py'), requirements: text('requirements.txt').split('\n').filter((l) => l !== '' && !l.startsWith('#')) };
    };
    const lookBehind = await generated('(?<=ab|c)d');
    expect(lookBehind.warnings).toEqual([]);
    expect(lookBehind.module).toContain('_cs.EcmaPattern(r"(?<=ab|c)d", "(?<=ab|c)d", "regex")');
    expect(lookBehind.requirements).toEqual([expect.stringMatching(/^pydantic>=2\.11,<3 /), expect.stringMatching(/^regex>=\S+ {2}# patterns/)]);
    const plain = await generated('^(?=a)b');
    expect(plain.module).toContain('_cs.EcmaPattern(r"(?a)^(?=a)b", "^(?=a)b")');
    expect(plain.requirements).toEqual([expect.stringMatching(/^pydantic>=2\.11,<3 /)]);
  });

  it('checks exactly the formats ajv-formats defines', () => {
    const formats = execFileSync(ensureVenv(), ['-c', 'import sys, json; sys.path.insert(0, sys.argv[1]); from _formats import FORMATS; print(json.dumps(sorted(FORMATS)))', fileURLToPath(new URL('../../../packages/connspec/runtime/python', import.meta.url))], { encoding: 'utf8' });
    expect(JSON.parse(formats)).toEqual([...CHECKED_FORMATS].sort());
    const { fullFormats } = createRequire(import.meta.url)('ajv-formats/dist/formats.js') as { fullFormats: Record<string, unknown> };
    expect([...CHECKED_FORMATS].sort()).toEqual(Object.keys(fullFormats).sort());
  });
});
