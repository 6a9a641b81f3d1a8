import { bannerText, pascalCase, type GeneratedFile, type ObjectNode, type TypeNode, type UnionNode } from '../../core/index.js';
import { fileContext, type FileContext } from './context.js';
import { typeDoc } from './docs.js';
import { EMPTY_NAMING, emitClass } from './emit-class.js';
import { emitEnum } from './emit-enum.js';
import { emitUnion } from './emit-union.js';
import { packageOf, simpleName, sourcePath } from './java-names.js';
import { lineComment } from './literals.js';
import { planMembers } from './members.js';
import { nestedUnions } from './nested.js';
import type { JavaPlan, PlannedType } from './plan.js';
import type { Reporter } from './reporter.js';
import { javaMembers } from './language.js';
import { printType, type JavaType, type JavaWriter } from './writer.js';
import { javaInterfaces } from './hints.js';

/** One top-level type per file: banner, package, imports, the type. */
export function emitDeclarationFile(plan: JavaPlan, reporter: Reporter, planned: PlannedType, byPackage: ReadonlyMap<string, ReadonlySet<string>>): GeneratedFile {
  const fqcn = planned.fqcn ?? '';
  const simple = simpleName(fqcn);
  const node = planned.node;
  const taken = new Set<string>([simple]);
  const sites = nestedSites(node);
  for (const s of sites) if (s.field) taken.add(s.field);
  if (node.kind === 'object' && node.properties.some((p) => p.name === '')) taken.add(EMPTY_NAMING);
  if (planned.shape === 'union') for (const name of unionMemberNames(plan, node)) taken.add(name);
  const nested = nestedUnions(plan, sites, taken);
  const ctx = fileContext(plan, reporter, fqcn, taken, nested, byPackage);
  const type = emitType(ctx, planned, simple, nested);
  // Known only once the type is printed, as are the imports.
  const suppress = ctx.deprecatedUse ? [`@${ctx.imports.lang('SuppressWarnings')}("deprecation")`] : [];
  const preamble = (w: JavaWriter): void => {
    w.line(lineComment(bannerText(planned.decl.file))).blank().line(`package ${packageOf(fqcn)};`).blank();
    const imports = ctx.imports.list();
    if (imports.length) w.line(...imports).blank();
  };
  return { path: sourcePath(fqcn), contents: `${printType({ ...type, annotations: [...suppress, ...type.annotations] }, preamble)}\n` };
}

function emitType(ctx: FileContext, planned: PlannedType, simple: string, nested: ReadonlyMap<TypeNode, string>): JavaType {
  const node = planned.node;
  const interfaces = javaInterfaces(planned.decl).filter((i) => i.includes('.')).map((i) => ctx.name(i));
  const nestedCode = [...nested].map(([union, name]) => printType(emitUnion(ctx, nestedSpec(ctx, union as UnionNode, name))));
  if (planned.shape === 'enum') return emitEnum(ctx, planned, simple, interfaces.length ? ` implements ${interfaces.join(', ')}` : '');
  if (planned.shape === 'class') {
    const members = planMembers(ctx, node as ObjectNode);
    return emitClass(ctx, planned, simple, interfaces.length ? ` implements ${interfaces.join(', ')}` : '', members, nestedCode);
  }
  const union = node as UnionNode;
  const present = union.variants.filter((v) => v.kind !== 'null');
  const note = union.combinator === 'oneOf' ? 'Exactly one branch must match (JSON Schema oneOf).' : 'At least one branch must match; the first that does is used.';
  return emitUnion(
    ctx,
    {
      name: simple,
      variants: present,
      combinator: union.combinator,
      ...(union.discriminator ? { discriminator: union.discriminator } : {}),
      extendsClause: interfaces.length ? ` extends ${interfaces.join(', ')}` : '',
      doc: typeDoc(planned.decl, [note], union.annotations),
      annotations: union.annotations.deprecated ? [`@${ctx.imports.lang('Deprecated')}`] : [],
      modifiers: 'public ',
    },
    nestedCode,
  );
}

function nestedSpec(ctx: FileContext, union: UnionNode, name: string) {
  const doc = `/** A value of one of the JSON types ${union.variants.map((v) => v.kind).join(', ')}. */`;
  return { name, variants: union.variants.filter((v) => v.kind !== 'null'), combinator: union.combinator, extendsClause: '', doc, annotations: [], modifiers: 'public ' } as const;
}

/** Where inline unions can sit: each property (named after it), the extras' value type, each union branch. */
function nestedSites(node: TypeNode): { name: string; node: TypeNode; field?: string }[] {
  if (node.kind === 'object') {
    const fields = javaMembers(node.properties);
    const props = node.properties.map((p, i) => ({ name: p.name, node: p.type, field: fields[i]?.identifier ?? p.name }));
    return node.additional.kind === 'typed' ? [...props, { name: 'additionalValue', node: node.additional.type }] : props;
  }
  if (node.kind === 'union') return node.variants.map((v, i) => ({ name: `option${i + 1}`, node: v }));
  return [];
}

/** Names a union file declares inside its interface, known before any type is written. */
function unionMemberNames(plan: JavaPlan, node: TypeNode): string[] {
  if (node.kind !== 'union') return [];
  const labels = node.variants.map((v) => {
    const planned = v.kind === 'ref' ? plan.types.get(v.target) : undefined;
    return planned?.fqcn ? simpleName(planned.fqcn) : pascalCase(v.kind);
  });
  return ['Deserializer', ...labels.map((l) => `Of${l}`)];
}
