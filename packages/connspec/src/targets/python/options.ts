import { optionList, typedSettings, type OptionTable } from '../../core/index.js';
import { PYTHON_LANGUAGE } from './language.js';

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const isName = (part: string): boolean => IDENTIFIER.test(part) && !PYTHON_LANGUAGE.keywords.has(part);

/** `module.Name`: an importable class. */
function checkDotted(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.split('.').length < 2 || !value.split('.').every(isName)) {
    return `expected a dotted path to a class, such as "pydantic.BaseModel" or "my_org.models.BaseModel"; got ${JSON.stringify(value)}`;
  }
  return undefined;
}

/** What `generators.python` in `.connspec.json` may set. */
export interface PythonSettings {
  readonly baseClass: string;
  readonly secretType: string;
  readonly packageName: string;
}

const PYTHON_OPTION_TABLE: OptionTable<PythonSettings> = {
  baseClass: {
    name: 'baseClass',
    sentence: 'The class every generated model derives from (a pydantic.BaseModel subclass), as module.Name.',
    default: 'pydantic.BaseModel',
    check: checkDotted,
  },
  secretType: {
    name: 'secretType',
    sentence: 'The type of secret fields (`format: password`, or a vendor keyword with the `secret` role): a pydantic secret type with get_secret_value(), as module.Name.',
    default: 'pydantic.SecretStr',
    check: checkDotted,
  },
  packageName: {
    name: 'packageName',
    sentence: 'The Python package the models are generated into (a folder under generated/python/).',
    default: 'connspec_models',
    check: (value) => (typeof value === 'string' && isName(value) ? undefined : `expected a Python identifier such as "connspec_models"; got ${JSON.stringify(value)}`),
  },
};

export const PYTHON_OPTIONS = optionList(PYTHON_OPTION_TABLE);

/** Typed view of the settings (each default is declared once, in its option). */
export const pythonSettings = (settings?: Readonly<Record<string, unknown>>): PythonSettings => typedSettings(PYTHON_OPTION_TABLE, settings);
