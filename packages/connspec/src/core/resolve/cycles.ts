import type { Diagnostic } from '../diagnostics.js';
import type { JsonValue, SourceFile } from '../load/source-file.js';
import { joinPointer } from '../pointer.js';
import { isObject, valueAtPointer } from '../util/walk.js';
import { locationKey, type Location } from './resolve.js';
import { refError, type RefSite } from './ref-sites.js';

/** Keywords that apply a subschema to the same instance (no descent into a property or item). */
const IN_PLACE = ['allOf', 'anyOf', 'oneOf', 'not', 'if', 'then', 'else'] as const;

/**
 * A `$ref` cycle that never leaves the instance it started on (`a = b`, `b = a`; a root `{"$ref": "#"}`;
 * `{"anyOf": [{"$ref": "#"}]}`) describes no value: validating recurses forever and every language's
 * type would be defined by itself. Reported once per cycle, at its first `$ref` in path order, with the chain.
 */
export function refCycles(files: readonly SourceFile[], sites: readonly RefSite[], targets: ReadonlyMap<string, Location>): Diagnostic[] {
  const byPath = new Map(files.map((f) => [f.path, f]));
  const graph = new Map<string, Location[]>();
  const edges = (loc: Location): Location[] => {
    const key = locationKey(loc);
    let out = graph.get(key);
    if (out === undefined) {
      out = successors(loc, valueAtPointer(byPath.get(loc.file)?.value, loc.pointer), targets.get(key));
      graph.set(key, out);
    }
    return out;
  };
  const sorted = [...sites].sort((a, b) => compareLoc(a, b));
  const reported = new Set<string>();
  const out: Diagnostic[] = [];
  for (const site of sorted) {
    const key = locationKey(site);
    if (reported.has(key)) continue;
    const cycle = cycleThrough(site, edges);
    if (cycle === undefined) continue;
    cycle.forEach((loc) => reported.add(locationKey(loc)));
    out.push(cycleDiagnostic(site, cycle));
  }
  return out;
}

function successors(loc: Location, value: JsonValue | undefined, target: Location | undefined): Location[] {
  if (!isObject(value)) return [];
  const out: Location[] = target ? [target] : [];
  for (const keyword of IN_PLACE) {
    const child = value[keyword];
    if (Array.isArray(child)) child.forEach((_, i) => out.push({ file: loc.file, pointer: `${joinPointer(loc.pointer, keyword)}/${i}` }));
    else if (isObject(child)) out.push({ file: loc.file, pointer: joinPointer(loc.pointer, keyword) });
  }
  return out;
}

/** A path from `start` back to itself over in-place edges (breadth-first, so the shortest), or undefined. */
function cycleThrough(start: Location, edges: (loc: Location) => Location[]): Location[] | undefined {
  const startKey = locationKey(start);
  const parent = new Map<string, Location>([[startKey, start]]);
  const queue: Location[] = [start];
  for (let i = 0; i < queue.length; i++) {
    const here = queue[i] as Location;
    for (const next of edges(here)) {
      const nextKey = locationKey(next);
      if (nextKey === startKey) return pathTo(here, parent, startKey);
      if (parent.has(nextKey)) continue;
      parent.set(nextKey, here);
      queue.push(next);
    }
  }
  return undefined;
}

function pathTo(last: Location, parent: ReadonlyMap<string, Location>, startKey: string): Location[] {
  const path: Location[] = [last];
  let key = locationKey(last);
  while (key !== startKey) {
    const up = parent.get(key) as Location;
    path.unshift(up);
    key = locationKey(up);
  }
  return path;
}

function cycleDiagnostic(site: RefSite, cycle: readonly Location[]): Diagnostic {
  const chain = [...cycle, cycle[0] as Location].map((l) => `${l.file}#${l.pointer}`).join(' → ');
  return refError(site, 'ref-cycle', `$ref "${site.ref}" starts a cycle that never reaches a schema: ${chain}`, 'point one $ref of the chain at a real schema (a recursive type must go through a property or an item, e.g. {"properties": {"child": {"$ref": "#"}}})');
}

function compareLoc(a: Location, b: Location): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.pointer < b.pointer ? -1 : a.pointer > b.pointer ? 1 : 0;
}
