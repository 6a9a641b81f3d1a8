import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diskStore } from '../../packages/connspec/src/scaffold/index.js';
import { generate } from '../support/generate.js';
import { DOCS, scaffoldInto, tempWorkspace } from './helpers.js';

describe('--from-openapi', () => {
  it('imports three real documents and generates every target with no errors', async () => {
    const { schemas, config } = tempWorkspace();
    const results = [];
    for (const [name, file] of [['petstore', 'petstore.json'], ['github', 'github.yaml'], ['paypal-orders', 'paypal.yaml']] as const) {
      const { plan, check } = await scaffoldInto(schemas, config, { name, fromOpenapi: join(DOCS, file) });
      expect(check.ok, JSON.stringify(check.diagnostics)).toBe(true);
      results.push(JSON.parse(plan.writes[0]!.text));
    }
    const [petstore, github, paypal] = results;
    expect(petstore.properties.baseUrl).toMatchObject({ default: 'https://petstore3.swagger.io/api/v3', format: 'uri' });
    expect(petstore.properties.apiKey).toMatchObject({ type: 'string', format: 'password' });
    expect(petstore.title).toBe('Swagger Petstore - OpenAPI 3.0');
    expect(petstore.description).toContain('1.0.17');
    expect(petstore.description).toContain('http://swagger.io');
    expect(github.properties.bearerToken.format).toBe('password');
    expect(github.required).toContain('bearerToken');
    expect(paypal.properties.baseUrl.default).toBe('https://api-m.sandbox.paypal.com');
    expect(paypal.properties.authType.oneOf).toHaveLength(2);
    const oauth = paypal.definitions.paypalOrdersOauth2Auth;
    expect(oauth.properties.tokenUrl).toMatchObject({ default: 'https://api-m.sandbox.paypal.com/v1/oauth2/token', format: 'uri' });
    expect(oauth.properties.clientSecret.format).toBe('password');
    expect(oauth.additionalProperties).toBe(false);
    expect(paypal.definitions.paypalOrdersBasicAuthAuth.required).toEqual(['username', 'password']);
    const store = diskStore(schemas);
    const sources = store.list().map((path) => ({ path, text: store.read(path) ?? '' }));
    const reports = await generate(config, undefined, sources);
    expect(reports.length).toBeGreaterThanOrEqual(7);
  });

  it('refuses invalid or unsupported documents, naming the part', async () => {
    const { schemas, config } = tempWorkspace();
    const dir = mkdtempSync(join(tmpdir(), 'connspec-openapi-'));
    const petstore = JSON.parse(readFileSync(join(DOCS, 'petstore.json'), 'utf8'));
    const cases: [unknown, RegExp][] = [
      [{ swagger: '2.0', info: { title: 'x', version: '1' } }, /Swagger 2.0 is not supported/],
      [{ ...petstore, servers: [{ url: '/api/v3' }] }, /servers\[0\]\.url "\/api\/v3" is not an absolute/],
      [{ ...petstore, components: { securitySchemes: { petstore_auth: { type: 'oauth2', flows: { implicit: { authorizationUrl: 'https://x/auth', scopes: {} } } } } } }, /securitySchemes\.petstore_auth: oauth2 flows implicit are not supported/],
      [{ ...petstore, components: { securitySchemes: { digest: { type: 'http', scheme: 'digest' } } } }, /securitySchemes\.digest: http scheme "digest" is not supported/],
      [{ ...petstore, components: { securitySchemes: { oidc: { type: 'openIdConnect', openIdConnectUrl: 'https://x' } } } }, /securitySchemes\.oidc: type "openIdConnect" is not supported/],
    ];
    for (const [i, [doc, message]] of cases.entries()) {
      const file = join(dir, `doc${i}.json`);
      writeFileSync(file, JSON.stringify(doc));
      await expect(scaffoldInto(schemas, config, { name: `bad${i}`, fromOpenapi: file })).rejects.toThrow(message);
    }
    writeFileSync(join(dir, 'broken.yaml'), 'openapi: [3\n');
    await expect(scaffoldInto(schemas, config, { name: 'broken', fromOpenapi: join(dir, 'broken.yaml') })).rejects.toThrow(/not valid JSON or YAML/);
  });
});
