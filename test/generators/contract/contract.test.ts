import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from 'connspec';
import { compileJava } from '../../../tools/java/maven.js';
import { ensureVenv } from '../../../tools/python/python.js';
import { PROBES_CONFIG } from '../../../tools/conformance/probes/catalogue.js';
import { generate } from '../../support/generate.js';

/**
 * The serialisation contract through each language's API, on the probe tree's nulls area (the probe
 * suite checks JSON in and out; this checks what code does: constructors, setters, assignment, repr).
 */
let out: string;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'connspec-contract-'));
  await generate(loadConfig(PROBES_CONFIG, { outDir: out }), ['python', 'java']);
}, 120_000);

const PYTHON: readonly { name: string; code: string; expected: string }[] = [
  { name: 'nothing set writes {}, the attribute reads the default', code: 'm = Presence(); print(m.model_dump_json(), m.withDefault, m.listDefault)', expected: '{} fallback [1, 2]' },
  { name: 'None given to a nullable field is written as null', code: 'print(Presence(nullableString=None).model_dump_json())', expected: '{"nullableString":null}' },
  { name: 'an assigned default is written', code: 'm = Presence(); m.withDefault = "fallback"; print(m.model_dump_json())', expected: '{"withDefault":"fallback"}' },
  { name: "model_dump(mode='json') is the same contract", code: 'print(Presence.model_validate({"nullDefault": None}).model_dump(mode="json"))', expected: "{'nullDefault': None}" },
  { name: 'Python-mode model_dump stays Pydantic\'s (every field)', code: 'print(len(Presence().model_dump()))', expected: '14' },
  { name: 'a masked value shows as ****', code: 'print(repr(Secrets(maskedText="m-1", nested=SecretsNested(innerKey="m-2"), maskedItems=[["m-3"]], maskedValues=SecretsMaskedValues.model_validate({"k": "m-4"}))))', expected: 'Secrets(password=None, maskedText=****, maskedPort=None, nested=SecretsNested(innerPassword=None, innerKey=****), auth=None, passwords=None, maskedList=None, maskedObject=None, credentials=None, secretValues=None, nullablePassword=None, secretOrPin=None, maskedChoice=None, maskedItems=****, maskedValues=SecretsMaskedValues(k=****))' },
  { name: 'the number branch of a secret-or-number union is written as a number', code: 'print(Secrets.model_validate_json(\'{"secretOrPin": 5}\').model_dump_json())', expected: '{"secretOrPin":5}' },
  { name: 'a number beyond float range is refused', code: 'print(fails(lambda: Numbers.model_validate_json(\'{"value": 1e400}\')))', expected: 'finite_number' },
  { name: 'an untyped number beyond float range is refused', code: 'print(fails(lambda: Numbers.model_validate_json(\'{"anything": [1e400]}\')))', expected: 'finite_number' },
  { name: 'an error does not echo the input (a secret beside the mistake)', code: 'print("pw-9" in fails(lambda: Secrets.model_validate_json(\'{"auth": {"password": "pw-9"}}\'), str))', expected: 'False' },
];

const PRELUDE = `
from pydantic import ValidationError
from connspec_models.nulls.presence import Presence
from connspec_models.nulls.secrets import Secrets, SecretsMaskedValues, SecretsNested
from connspec_models.nulls.numbers import Numbers

def fails(call, show=lambda e: e.errors()[0]['type']):
    try:
        call()
    except ValidationError as e:
        return show(e)
    return 'accepted'
`;

describe('the serialisation contract in Python', () => {
  it.each(PYTHON)('$name', ({ code, expected }) => {
    const printed = execFileSync(ensureVenv(), ['-c', `${PRELUDE}\n${code}`], { cwd: join(out, 'python'), encoding: 'utf8' });
    expect(printed.trim()).toBe(expected);
  });
});

const JAVA: Readonly<Record<string, string>> = {
  new: '{}',
  'default-getter': 'fallback',
  'nullable-set-null': '{"nullableString":null}',
  'plain-set-then-null': '{}',
  'default-set': '{"withDefault":"fallback"}',
  'read-then-clear': '{"plainString":"s"}',
  'plain-mapper': '{"withDefault":"fallback","nullableWithDefault":"fallback","nullDefault":null,"listDefault":[1,2]}',
  'union-branch-copy': '{"label":null}',
  'untyped-exact': '{"anything":[1E+400,0.1]}',
  toString: 'Secrets{maskedText=****, maskedPort=null, nested=null, auth=null, passwords=****, maskedList=null, maskedObject=null, credentials=null, secretValues=SecretsSecretValues{additionalProperties=****}, secretOrPin=****, maskedChoice=****, maskedItems=****, maskedValues=SecretsMaskedValues{additionalProperties=****}}',
};

describe('the serialisation contract in Java', () => {
  it('writes what is set, keeps nulls, masks secrets, through setters, copies and reads', () => {
    const build = mkdtempSync(join(tmpdir(), 'connspec-contract-java-'));
    const built = compileJava(join(out, 'java/src/main/java'), build, { testSources: fileURLToPath(new URL('.', import.meta.url)) });
    const printed = execFileSync('java', ['-cp', built.classpath, 'contract.Contract'], { encoding: 'utf8' });
    expect(Object.fromEntries(printed.trim().split('\n').map((line) => line.split('\t')))).toEqual(JAVA);
  }, 300_000);
});
