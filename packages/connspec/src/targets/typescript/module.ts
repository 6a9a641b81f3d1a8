import { bannerText, exactUnder, withoutJson, type Declaration, type DeclId, type IR, type SchemaFile } from '../../core/index.js';
import { tsCommentText, tsLiteral, tsSpecifier } from './escape.js';
import { writeJsDoc } from './jsdoc.js';
import { literalType, typeExpr, writeObjectType, type ExprContext } from './type-expr.js';
import { tsWriter, writeBanner, type CodeBlockWriter } from './writer.js';

/** Module path of the runtime-free helper that declares `Secret`. */
export const HELPER_MODULE = '_connspec';

/** `entity/x/mysqlConnection.json` → `entity/x/mysqlConnection`. */
export function modulePath(schemaPath: string): string {
  return withoutJson(schemaPath);
}

/** One module per schema file: its declarations, and `import type` for everything it refers to elsewhere. */
export function emitModule(ir: IR, file: SchemaFile): string {
  const imports = new Map<string, Set<string>>();
  const here = modulePath(file.path);
  const need = (module: string, name: string): void => {
    if (module !== here) imports.set(module, (imports.get(module) ?? new Set()).add(name));
  };
  const ctx: ExprContext = {
    ir,
    use: (target: DeclId) => {
      const decl = ir.declarations.get(target);
      if (decl === undefined) return 'unknown';
      need(modulePath(decl.file), decl.name);
      return decl.name;
    },
    useHelper: (name) => (need(HELPER_MODULE, name), name),
  };
  // The body first: writing it records what the module imports.
  const body = tsWriter();
  file.declarations.flatMap((id) => ir.declarations.get(id) ?? []).forEach((decl, i) => {
    if (i > 0) body.blankLine();
    writeDeclaration(body, ctx, decl);
  });
  const head = writeBanner(tsWriter(), tsCommentText(bannerText(file.path)));
  for (const m of [...imports.keys()].sort()) {
    head.writeLine(`import type { ${[...(imports.get(m) ?? [])].sort().join(', ')} } from '${tsSpecifier(relativeModule(here, m))}.js';`);
  }
  if (imports.size > 0) head.blankLine();
  return head.toString() + body.toString();
}

function writeDeclaration(w: CodeBlockWriter, ctx: ExprContext, decl: Declaration): void {
  const node = decl.type;
  const extra = [`@see ${decl.id}`];
  if (node.kind === 'union' && node.discriminator) extra.unshift(`Discriminated by \`${node.discriminator.property}\`.`);
  if (node.kind === 'union' && node.combinator === 'oneOf' && !node.discriminator) extra.unshift('Exactly one branch must match (JSON Schema `oneOf`).');
  if (node.kind === 'enum') {
    w.writeLine(`/** Every value of {@link ${decl.name}}, in schema order. */`);
    w.writeLine(`export const ${decl.name} = [${node.values.map((v, i) => tsLiteral(v, exactUnder(node.exact, `/${i}`))).join(', ')}] as const;`);
    writeJsDoc(w, node.annotations, extra);
    w.writeLine(`export type ${decl.name} = (typeof ${decl.name})[number];`);
    return;
  }
  writeJsDoc(w, node.annotations, extra);
  if (node.kind === 'object') writeObjectType(w.write(`export interface ${decl.name} `), ctx, node).newLine();
  else w.writeLine(`export type ${decl.name} = ${node.kind === 'const' ? literalType(node.value, node.exact) : typeExpr(ctx, node)};`);
}

/** Relative specifier from one module to another, always starting with `./` or `../`. */
export function relativeModule(from: string, to: string): string {
  const a = from.split('/').slice(0, -1);
  const b = to.split('/');
  let common = 0;
  while (common < a.length && common < b.length - 1 && a[common] === b[common]) common++;
  const up = a.length - common;
  const rest = b.slice(common).join('/');
  return up === 0 ? `./${rest}` : `${'../'.repeat(up)}${rest}`;
}
