import { describe, expect, it } from 'vitest';
import { resolveSettings, type OptionDeclaration } from '@connspec/core';

const options: readonly OptionDeclaration[] = [
  { name: 'baseClass', sentence: 'Base class.', default: 'pydantic.BaseModel', check: (v) => (typeof v === 'string' && /^\w+(\.\w+)+$/.test(v) ? undefined : 'must be a dotted class path') },
];

describe('resolveSettings', () => {
  it('fills defaults and takes valid values', () => {
    expect(resolveSettings('python', options)).toEqual({ baseClass: 'pydantic.BaseModel' });
    expect(resolveSettings('python', options, { baseClass: 'acme.models.Base' })).toEqual({ baseClass: 'acme.models.Base' });
  });
  it('names an unknown option and the known ones', () => {
    expect(() => resolveSettings('python', options, { baseclass: 'x.Y' })).toThrow('generators.python.baseclass is not an option of python; known: baseClass');
  });
  it('names a bad value and why', () => {
    expect(() => resolveSettings('python', options, { baseClass: 3 })).toThrow('generators.python.baseClass: must be a dotted class path');
  });
});
