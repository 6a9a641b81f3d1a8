import { bannerText, type Declaration, type DeclId, type IR, type SchemaFile } from '../../core/index.js';
import { tsCommentText, tsLiteral, tsSpecifier } from './escape.js';
import { jsdoc } from './jsdoc.js';
import { literalType, objectLiteral, typeExpr, type ExprContext } from './type-expr.js';

/** Module path of the runtime-free helper that declares `Secret`. */
export const HELPER_MODULE = '_connspec';

/** `entity/x/mysqlConnection.json` → `entity/x/mysqlConnection`. */
export function modulePath(schemaPath: string): string {
  return schemaPath.replace(/\.json$/, '');
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
    useSecret: () => (need(HELPER_MODULE, 'Secret'), 'Secret'),
  };
  const body = file.declarations.map((id) => {
    const decl = ir.declarations.get(id);
    return decl ? emitDeclaration(ctx, decl) : '';
  });
  const importLines = [...imports.keys()].sort().map((m) => `import type { ${[...(imports.get(m) ?? [])].sort().join(', ')} } from '${tsSpecifier(relativeModule(here, m))}.js';`);
  const header = `// ${tsCommentText(bannerText(file.path))}\n`;
  return [header, ...(importLines.length ? [importLines.join('\n'), ''] : []), body.join('\n')].join('\n');
}

function emitDeclaration(ctx: ExprContext, decl: Declaration): string {
  const node = decl.type;
  const extra = [`@see ${decl.id}`];
  if (node.kind === 'union' && node.discriminator) extra.unshift(`Discriminated by \`${node.discriminator.property}\`.`);
  if (node.kind === 'union' && node.combinator === 'oneOf' && !node.discriminator) extra.unshift('Exactly one branch must match (JSON Schema `oneOf`).');
  const doc = jsdoc(node.annotations, extra);
  if (node.kind === 'object') return `${doc}export interface ${decl.name} ${objectLiteral(ctx, node, '')}\n`;
  if (node.kind === 'enum') {
    const values = `[${node.values.map(tsLiteral).join(', ')}]`;
    const valuesDoc = `/** Every value of {@link ${decl.name}}, in schema order. */\n`;
    return `${valuesDoc}export const ${decl.name} = ${values} as const;\n${doc}export type ${decl.name} = (typeof ${decl.name})[number];\n`;
  }
  if (node.kind === 'const') return `${doc}export type ${decl.name} = ${literalType(node.value)};\n`;
  return `${doc}export type ${decl.name} = ${typeExpr(ctx, node)};\n`;
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
