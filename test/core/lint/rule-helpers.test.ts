import { describe, expect, it } from 'vitest';
import { looksSecret } from '../../../packages/connspec/src/core/lint/rules/secrets.js';

describe('looksSecret', () => {
  it.each(['password', 'clientSecret', 'bearerToken', 'sessionToken', 'token', 'apiKey', 'privateKey', 'privateKeyPassphrase', 'awsSecretAccessKey', 'sslKey', 'keyPassword', 'secretKey'])(
    '%s is a secret',
    (name) => expect(looksSecret(name)).toBe(true),
  );
  it.each(['tokenUrl', 'username', 'passwordFile', 'secretArn', 'awsAccessKeyId', 'privateKeyId', 'apiKeyId', 'personalAccessTokenName', 'hostPort'])(
    '%s is not',
    (name) => expect(looksSecret(name)).toBe(false),
  );
});
