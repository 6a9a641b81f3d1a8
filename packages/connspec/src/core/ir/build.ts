import type { Diagnostic } from '../diagnostics.js';
import type { JsonValue, SourceFile } from '../load/source-file.js';
import { nameDeclarations, type NameSource } from '../naming/names.js';
import { joinPointer, splitPointer } from '../pointer.js';
import { locationKey, type Resolution } from '../resolve/resolve.js';
import { forEachSchema, isObject, valueAtPointer } from '../util/walk.js';
import { convert, type ConvertContext } from './convert.js';
import { fileInfo } from './file-info.js';
import { findDiscriminators } from './discriminator.js';
import { deepFreeze } from './freeze.js';
import { derivedSuffix } from './derived-names.js';
import type { Declaration, DeclId, IR, Origin, TypeNode } from './types.js';
import type { Layout } from './classify.js';
import { hintsOf, type Vendor } from '../vendor/vendor.js';
import type { ReservedNames } from '../language.js';
import { schemaBaseName } from '../util/schema-path.js';

export interface BuildInput {
  readonly files: readonly SourceFile[];
  readonly resolution: Resolution;
  readonly baseUrl: string;
  readonly onNameCollision: 'error' | 'qualify';
  /** Which files are connections and registries (the config's conventions). */
  readonly layout: Layout;
  /** Vendor keywords and their roles. */
  readonly vendor: Vendor;
  /** Type names the registered target languages reserve. */
  readonly reservedNames: ReservedNames;
}

interface Draft extends Omit<Declaration, 'name'> {
  readonly naming: NameSource;
}

/** Builds the frozen IR from resolved files: declarations first, then names, tags and file facts. */
export function buildIR(input: BuildInput): { ir: IR; diagnostics: Diagnostic[] } {
  const byPath = new Map(input.files.map((f) => [f.path, f]));
  const sites = declarationSites(input);
  const drafts = new Map<DeclId, Draft>();
  const roles = rolesOf(input.layout);
  for (const [id, site] of sites) {
    const file = byPath.get(site.file);
    if (file === undefined || drafts.has(id)) continue;
    const ctx = convertContext(file, input, roles, sites, drafts, id);
    const value = valueAtPointer(file.value, site.pointer);
    const type = convert(ctx, value, site.pointer);
    drafts.set(id, draft(id, file, site, value, type, ctx.origin(site.pointer), input.vendor));
  }
  const naming = nameDeclarations(withParents([...drafts.values()], byPath), input.onNameCollision, input.reservedNames);
  const declarations = new Map<DeclId, Declaration>();
  for (const d of sortDrafts([...drafts.values()])) {
    const { naming: _n, ...rest } = d;
    declarations.set(d.id, { ...rest, name: naming.names.get(d.id) ?? 'Type' });
  }
  findDiscriminators(declarations);
  const owned = new Map<string, DeclId[]>();
  for (const d of declarations.values()) {
    const list = owned.get(d.file);
    if (list) list.push(d.id);
    else owned.set(d.file, [d.id]);
  }
  const files = input.files.map((f) => fileInfo(f, input, declarations, owned.get(f.path) ?? []));
  return { ir: deepFreeze({ baseUrl: input.baseUrl, files, declarations }), diagnostics: [...naming.diagnostics] };
}

/** draft-07's `definitions` and 2019-09/2020-12's `$defs`: one declaration per entry, named by its key alike. */
const DEFINITIONS = ['definitions', '$defs'] as const;

interface Site {
  readonly file: string;
  readonly pointer: string;
  readonly source: 'root' | 'definition';
}

/** Roots, every `definitions` (or `$defs`) entry, and every `$ref` target: each becomes exactly one declaration. */
function declarationSites(input: BuildInput): Map<DeclId, Site> {
  const sites = new Map<DeclId, Site>();
  const add = (file: string, pointer: string, source: Site['source']): void => {
    const id = locationKey({ file, pointer });
    if (!sites.has(id)) sites.set(id, { file, pointer, source });
  };
  for (const f of input.files) {
    add(f.path, '', 'root');
    forEachSchema(f.value, (schema, pointer) => {
      for (const keyword of DEFINITIONS) {
        const map = schema[keyword];
        if (isObject(map)) for (const key of Object.keys(map)) add(f.path, joinPointer(pointer, keyword, key), 'definition');
      }
    });
  }
  const targets = [...input.resolution.targets.values()].sort((a, b) => (locationKey(a) < locationKey(b) ? -1 : 1));
  for (const t of targets) add(t.file, t.pointer, 'definition');
  return sites;
}

type PropertyRoles = Pick<ConvertContext, 'tagProperty' | 'capabilities'>;

function convertContext(file: SourceFile, input: BuildInput, roles: PropertyRoles, sites: Map<DeclId, Site>, drafts: Map<DeclId, Draft>, owner: DeclId): ConvertContext {
  const origin = (pointer: string): Origin => ({ file: file.path, pointer, ...file.locate(pointer) });
  return {
    file: file.path,
    role: input.layout.classify(file.path),
    ...roles,
    vendor: input.vendor,
    origin,
    exactNumber: (pointer) => file.exactNumber(pointer),
    refTarget: (pointer) => {
      const target = input.resolution.targets.get(locationKey({ file: file.path, pointer }));
      return target ? locationKey(target) : undefined;
    },
    declarationAt: (pointer) => {
      const id = locationKey({ file: file.path, pointer });
      return sites.has(id) && id !== owner ? id : undefined;
    },
    hoist: (pointer, node) => {
      const id = locationKey({ file: file.path, pointer });
      const value = valueAtPointer(file.value, pointer);
      const explicit = isObject(value) && typeof value.typeName === 'string' ? value.typeName : undefined;
      const naming: NameSource = { id, file: file.path, origin: origin(pointer), source: 'inline', ...(explicit ? { explicit } : {}) };
      drafts.set(id, { id, file: file.path, origin: origin(pointer), source: 'inline', type: node, naming, ...hintsAt(value, input.vendor) });
      return id;
    },
  };
}

/** An inline declaration's parent is the declaration whose pointer is its longest proper prefix. */
function withParents(drafts: readonly Draft[], byPath: ReadonlyMap<string, SourceFile>): NameSource[] {
  const pointersByFile = new Map<string, Draft[]>();
  for (const d of drafts) pointersByFile.set(d.file, [...(pointersByFile.get(d.file) ?? []), d]);
  return drafts.map((d) => {
    if (d.source !== 'inline') return d.naming;
    const parent = (pointersByFile.get(d.file) ?? [])
      .filter((p) => p.id !== d.id && (d.origin.pointer.startsWith(`${p.origin.pointer}/`) || p.origin.pointer === ''))
      .reduce<Draft | undefined>((best, p) => (best === undefined || p.origin.pointer.length > best.origin.pointer.length ? p : best), undefined);
    const root = byPath.get(d.file)?.value ?? null;
    const suffix = derivedSuffix(root, parent?.origin.pointer ?? '', d.origin.pointer);
    return { ...d.naming, ...(parent ? { parent: parent.id } : {}), suffix };
  });
}

function draft(id: DeclId, file: SourceFile, site: Site, value: JsonValue | undefined, type: TypeNode, origin: Origin, vendor: Vendor): Draft {
  const schema = isObject(value) ? value : {};
  const key = site.source === 'root' ? schemaBaseName(file.path) : keyOf(file.path, site.pointer);
  const naming: NameSource = {
    id,
    file: file.path,
    origin,
    source: site.source,
    key,
    ...(typeof schema.typeName === 'string' ? { explicit: schema.typeName } : {}),
    ...(typeof schema.title === 'string' ? { title: schema.title } : {}),
  };
  return { id, file: file.path, origin, source: site.source, type, naming, ...hintsAt(value, vendor) };
}

/** The target hints written on the schema at a declaration's site (the hints bag). */
function hintsAt(value: JsonValue | undefined, vendor: Vendor): Pick<Declaration, 'hints'> {
  const hints = isObject(value) ? hintsOf(vendor, value) : undefined;
  return hints ? { hints } : {};
}

/** A definition is named by its key; another ref target (say `#/properties/a`) by its file and path. */
function keyOf(path: string, pointer: string): string {
  const tokens = splitPointer(pointer);
  if (DEFINITIONS.some((d) => tokens.at(-2) === d)) return tokens.at(-1) ?? '';
  const base = schemaBaseName(path);
  return [base, ...tokens.filter((t) => !['properties', 'items', 'prefixItems', ...DEFINITIONS].includes(t))].join(' ');
}

/** Which root properties of a connection are its tag and its capability flags (from the layout). */
function rolesOf(layout: Layout): PropertyRoles {
  const tag = layout.connections?.tag;
  const capabilities = layout.connections?.capabilities;
  return { tagProperty: tag !== undefined && 'property' in tag ? tag.property : undefined, capabilities: capabilities === undefined ? undefined : new RegExp(capabilities, 'u') };
}


/** Reading order: by file, then by position in the file. */
function sortDrafts(drafts: Draft[]): Draft[] {
  return drafts.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.origin.line - b.origin.line || a.origin.column - b.origin.column || (a.id < b.id ? -1 : 1)));
}
