import { bannerText, jsonText, objectOf, schemaBaseName, toJsonSchema, type GeneratedFile, type Generator, type IR, type JsonObject, type SchemaFile } from '../../core/index.js';
import { formSchema } from './form-schema.js';
import { uiSchemaFor } from './ui-schema.js';

const DRAFT_07 = 'http://json-schema.org/draft-07/schema#';

/**
 * UI forms: per connection, one self-contained draft-07 schema (every `$ref` inlined, no `$id`,
 * a `$ref`'s sibling title/description/default kept, shaped for a form by `formSchema`) and a
 * matching uiSchema. A recursive definition is expanded `recursionDepth` times, then cut to `{}`
 * (accept anything) with a note.
 */
export const uiFormsGenerator: Generator = {
  target: 'ui-forms',
  perConnection: true,
  description: 'Resolved JSON Schema + uiSchema per connection',
  generate: async (ir, options) => {
    const connections = ir.files.filter((f) => f.connection);
    // Each connection's form depends on its file closure and the names alone: a unit a later run reuses.
    const files = connections.flatMap((f) => options.units.reuse(f.path, '', () => formFiles(ir, f, options.recursionDepth)));
    return { files: [...files, indexFile(connections)], diagnostics: [] };
  },
};

function formFiles(ir: IR, file: SchemaFile, depth: number): GeneratedFile[] {
  const decl = ir.declarations.get(file.root);
  if (!decl) return [];
  const cut = (target: string, stack: readonly string[]): JsonObject | undefined =>
    stack.filter((s) => s === target).length >= depth ? { $comment: `recursion cut after ${depth} expansions of ${target}; deeper values are not checked here` } : undefined;
  const schema = { $schema: DRAFT_07, $comment: bannerText(file.path), ...formSchema(toJsonSchema(ir, decl.type, cut, [file.root])) };
  const object = objectOf(ir.declarations, decl.type);
  const ui = { 'ui:comment': bannerText(file.path), ...(object ? uiSchemaFor(ir, object, depth) : {}) };
  const base = formBase(file);
  return [
    { path: `${base}.schema.json`, contents: jsonText(schema) },
    { path: `${base}.uiSchema.json`, contents: jsonText(ui) },
  ];
}

/** `…/connections/database/mysqlConnection.json` → `database/mysqlConnection`. */
function formBase(file: SchemaFile): string {
  const name = schemaBaseName(file.path);
  return `${file.connection?.serviceType ?? 'other'}/${name}`;
}

/** A listing the form preview (and anyone else) reads instead of walking folders. */
function indexFile(connections: readonly SchemaFile[]): GeneratedFile {
  const entries = connections.map((f) => ({
    serviceType: f.connection?.serviceType ?? '',
    type: f.connection?.tag ?? '',
    source: f.path,
    schema: `${formBase(f)}.schema.json`,
    uiSchema: `${formBase(f)}.uiSchema.json`,
  }));
  return { path: 'index.json', contents: jsonText({ $comment: bannerText('every connection schema'), connections: entries }) };
}
