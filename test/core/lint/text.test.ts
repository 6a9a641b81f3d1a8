import { describe, expect, it } from 'vitest';
import { analyse, formatDiagnostics } from '@connspec/core';
import { generate } from 'connspec';
import { schema } from '../../bad-input/sources.js';
import { tempConfig } from '../../support/workspace.js';

const RLO = '\u202e';

describe('invisible characters outside generated sources', () => {
  it('a file name holding a bidi control is an error at the file (file-name-visible)', async () => {
    const path = `type/inv${RLO}txt.json`;
    const { diagnostics } = await analyse(tempConfig(), [schema(path, '  "type": "string"')]);
    const found = diagnostics.filter((d) => d.rule === 'file-name-visible');
    expect(found.map(({ file, line, column, pointer, severity }) => ({ file, line, column, pointer, severity }))).toEqual([{ file: path, line: 1, column: 1, pointer: '', severity: 'error' }]);
    expect(found[0]?.message).toContain('U+202E');
  });

  it('a diagnostic quoting schema text shows its bidi controls escaped, never raw', async () => {
    const sources = [schema('type/a.json', '  "type": "object",', '  "properties": { "x": { "type": "string" } },', `  "required": ["ev${RLO}il"]`)];
    const { diagnostics } = await analyse(tempConfig(), sources);
    const printed = formatDiagnostics(diagnostics);
    expect(printed).toContain('required-exists');
    expect(printed).toContain('ev\\u202eil');
    expect(printed).not.toContain(RLO);
  });

  it('python: descriptions that look like connspec\'s internal markers are kept as written', async () => {
    const sources = [
      schema('type/a.json', '  "type": "object",', '  "description": "keep \u27e6x\u27e7 here, \\ue000type.b\\ue001 too",', '  "properties": { "p": { "$ref": "b.json", "description": "see \u27e6type.b\u27e7" } }'),
      schema('type/b.json', '  "type": "object",', '  "properties": { "q": { "type": "string" } }'),
    ];
    const result = await generate(tempConfig({ targets: ['python'] }), { sources, write: false });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const module = result.files.get('python')?.find((f) => f.path.endsWith('/a.py'))?.contents ?? '';
    expect(module).toContain('keep \u27e6x\u27e7 here, ');
    expect(module).toContain('see \u27e6type.b\u27e7');
    // The printer's own markers (private-use U+E000/U+E001), written by a schema, come out escaped.
    expect(module).toContain('\\ue000type.b\\ue001 too');
  });
});
