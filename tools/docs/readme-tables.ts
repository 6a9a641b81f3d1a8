// Keeps README's tables (rules, options, keywords, semver, support) and the published
// packages/connspec/config.schema.json generated from the data they describe, so each is written
// once. `npm run readme` rewrites both; a test fails when either is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CORE_KEYWORDS, DEFAULT_TEST_STEPS, KEYWORD_ROLES, PRESETS, PROFILES, profileClass, SEMVER_RULES, type DefaultStepRule } from '@connspec/core';
import { BUILTIN_GENERATORS, configSchema, ruleCatalogue, vocabulary } from 'connspec';
import { explainedTable } from '../conformance/probes/catalogue.js';
import { supportTable } from '../conformance/support-readme.js';

export const README = fileURLToPath(new URL('../../README.md', import.meta.url));
export const CONFIG_SCHEMA = fileURLToPath(new URL('../../packages/connspec/config.schema.json', import.meta.url));

/** The config file's JSON Schema as published in the package (editors read it through `$schema`). */
export function configSchemaText(): string {
  return `${JSON.stringify(configSchema(vocabulary()), null, 2)}\n`;
}

const escape = (text: string): string => text.replace(/\|/g, '\\|');

const TABLES: Readonly<Record<string, () => string>> = {
  rules: () =>
    ['| rule | severity | sentence |', '|---|---|---|', ...ruleCatalogue(BUILTIN_GENERATORS).map((r) => `| \`${r.id}\` | ${r.severity} | ${escape(r.sentence)} |`)].join('\n'),
  options: () =>
    [
      '| target | option | default | meaning |',
      '|---|---|---|---|',
      ...BUILTIN_GENERATORS.flatMap((g) => (g.options ?? []).map((o) => `| \`${g.target}\` | \`${o.name}\` | \`${JSON.stringify(o.default)}\` | ${escape(o.sentence)} |`)),
    ].join('\n'),
  semver: () =>
    [
      '| rule | CONTRACT (default) | VALIDATION | STRICT | change |',
      '|---|---|---|---|---|',
      ...SEMVER_RULES.map((r) => `| \`${r.id}\` | ${r.class} | ${profileClass(r, 'VALIDATION')} | ${profileClass(r, 'STRICT')} | ${escape(r.sentence)} |`),
    ].join('\n'),
  'semver-profiles': () =>
    ['| profile | what counts | classes that differ from CONTRACT |', '|---|---|---|', ...PROFILES.map((p) => `| \`${p.name}\` | ${escape(p.sentence)} | ${Object.entries(p.classes).map(([id, c]) => `\`${id}\` ${c}`).join(', ') || '-'} |`)].join('\n'),
  keywords: () =>
    ['| keyword | meaning |', '|---|---|', ...CORE_KEYWORDS.map((k) => `| \`${k.keyword}\` | ${escape(k.sentence)} |`)].join('\n'),
  roles: () => ['| role | value | meaning |', '|---|---|---|', ...KEYWORD_ROLES.map((r) => `| \`${r.id}\` | ${valueOf(r.metaSchema)} | ${escape(r.sentence)} |`)].join('\n'),
  presets: () =>
    ['| preset | what it sets | for |', '|---|---|---|', ...PRESETS.map((p) => `| \`${p.id}\` | ${escape(Object.keys(p.settings).map((k) => `\`${k}\``).join(', '))} | ${escape(p.sentence)} |`)].join('\n'),
  support: () => supportTable(),
  probes: () => explainedTable(),
  steps: () =>
    ['| step | service types | when | mandatory | description |', '|---|---|---|---|---|', ...DEFAULT_TEST_STEPS.map(stepRow)].join('\n'),
};

/** A role's value kind as README shows it. */
function valueOf(schema: Readonly<Record<string, unknown>>): string {
  return typeof schema.type === 'string' ? schema.type : 'any';
}

function stepRow(r: DefaultStepRule): string {
  const types = r.serviceTypes === 'every' ? 'every' : r.serviceTypes.join(', ');
  const when = r.whenCapability ? `${r.whenCapability.map((c) => `\`${c}\``).join(' or ')} defaults to true` : 'always';
  const flags = `${r.mandatory ? 'yes' : 'no'}${r.shortCircuit ? ', short-circuits' : ''}`;
  const error = r.errorMessage ? ` Error: "${r.errorMessage}".` : '';
  return `| \`${r.name}\` | ${types} | ${when} | ${flags} | ${escape(r.description + error)} |`;
}

/** README with every `<!-- name:start -->…<!-- name:end -->` block replaced by its table. */
export function renderReadme(text: string): string {
  let out = text;
  for (const [name, render] of Object.entries(TABLES)) {
    const block = new RegExp(`(<!-- ${name}:start -->\\n)[\\s\\S]*?(<!-- ${name}:end -->)`);
    if (!block.test(out)) throw new Error(`README.md has no <!-- ${name}:start --> … <!-- ${name}:end --> block`);
    out = out.replace(block, `$1${render()}\n$2`);
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(README, renderReadme(readFileSync(README, 'utf8')));
  writeFileSync(CONFIG_SCHEMA, configSchemaText());
}
