import type { AuthType, ServiceType } from './options.js';

/** Shared auth schemas under `schemas/`, by auth type (paths under the schema root). */
const SHARED_AUTH: Readonly<Record<AuthType, string>> = {
  basic: 'entity/services/connections/dashboard/common/basicAuth.json',
  iam: 'entity/services/connections/database/common/iamAuthConfig.json',
  azure: 'entity/services/connections/database/common/azureConfig.json',
  gcp: 'security/credentials/gcpCredentials.json',
  jwt: 'entity/services/connections/database/common/jwtAuth.json',
  token: 'security/credentials/tokenAuth.json',
  oauth: 'security/credentials/oauth2ClientCredentials.json',
};

/** Database connectors keep `username` on the connection and only the secret in the auth branch (as Mysql does). */
const DATABASE_BASIC = 'entity/services/connections/database/common/basicAuth.json';

/** Auth types whose database schemas expect a top-level `username` beside them. */
const NEEDS_USERNAME: readonly AuthType[] = ['basic', 'iam', 'azure', 'jwt'];

export function authSchemaPath(auth: AuthType, serviceType: ServiceType): string {
  return auth === 'basic' && serviceType === 'database' ? DATABASE_BASIC : SHARED_AUTH[auth];
}

export function needsUsername(auths: readonly AuthType[], serviceType: ServiceType): boolean {
  return serviceType === 'database' && auths.some((a) => NEEDS_USERNAME.includes(a));
}
