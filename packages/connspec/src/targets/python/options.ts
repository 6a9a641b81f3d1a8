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
  /** The distribution `connspec package` builds; '' means the package name with `-` for `_`. */
  readonly distribution: string;
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
  distribution: {
    name: 'distribution',
    sentence: 'The distribution name of the wheel and sdist `connspec package` builds (what `pip install` takes); empty: the package name with `-` for `_`.',
    default: '',
    // PEP 508's rule for a distribution name.
    check: (value) => (typeof value === 'string' && (value === '' || /^[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?$/.test(value)) ? undefined : `expected a distribution name such as "acme-connection-models"; got ${JSON.stringify(value)}`),
  },
};

export const PYTHON_OPTIONS = optionList(PYTHON_OPTION_TABLE);

/** Typed view of the settings (each default is declared once, in its option). */
export function pythonSettings(settings?: Readonly<Record<string, unknown>>): PythonSettings {
  const typed = typedSettings(PYTHON_OPTION_TABLE, settings);
  return typed.distribution === '' ? { ...typed, distribution: typed.packageName.replace(/_/g, '-') } : typed;
}
