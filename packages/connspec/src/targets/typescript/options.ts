import { optionList, typedSettings, type OptionTable } from '../../core/index.js';

/** An npm package name, scoped or not (npm's own rule: lower case, URL-safe). */
const NPM_NAME = /^(?:@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/;

/** What `generators.typescript` in `.connspec.json` may set. */
export interface TypescriptSettings {
  readonly packageName: string;
}

const TYPESCRIPT_OPTION_TABLE: OptionTable<TypescriptSettings> = {
  packageName: {
    name: 'packageName',
    sentence: 'The npm package `connspec package` builds from the types (compiled .js and .d.ts, fixtures at the `/fixtures/*` subpath).',
    default: 'connspec-models',
    check: (value) => (typeof value === 'string' && value.length <= 214 && NPM_NAME.test(value) ? undefined : `expected an npm package name such as "connspec-models" or "@acme/connection-models"; got ${JSON.stringify(value)}`),
  },
};

export const TYPESCRIPT_OPTIONS = optionList(TYPESCRIPT_OPTION_TABLE);

export const typescriptSettings = (settings?: Readonly<Record<string, unknown>>): TypescriptSettings => typedSettings(TYPESCRIPT_OPTION_TABLE, settings);
