import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONFIG_SCHEMA, configSchemaText, README, renderReadme } from '../../tools/docs/readme-tables.js';

describe('README', () => {
  it('has the lint-rule and keyword tables generated from the rule and keyword data', () => {
    const text = readFileSync(README, 'utf8');
    expect(text, 'README is stale: run npm run readme').toBe(renderReadme(text));
  });

  it('publishes config.schema.json generated from the config schema the loader checks with', () => {
    expect(readFileSync(CONFIG_SCHEMA, 'utf8'), 'config.schema.json is stale: run npm run readme').toBe(configSchemaText());
  });

  it('starts with the install+generate command and the test command that .ci/run calls', () => {
    const text = readFileSync(README, 'utf8');
    const [generateLine, testLine] = /```bash\n(.*)\n(.*)\n```/.exec(text)?.slice(1) ?? [];
    expect(generateLine).toMatch(/^npm ci && npx nx run-many -t generate/);
    expect(testLine).toMatch(/^npm test/);
    expect(readFileSync(new URL('../../.ci/run', import.meta.url), 'utf8')).toMatch(/^npm test$/m);
  });
});
