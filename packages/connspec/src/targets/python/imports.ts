/**
 * The imports of one module. A name is imported bare (`from pydantic import Field`) unless the
 * module also declares it, as a class or as a field (a field named `int` or `Field` would shadow
 * it inside the class body, where Pydantic evaluates annotations); then its module is imported
 * under a private alias and the name qualified (`_pydantic.Field`).
 */
const GROUPS: Readonly<Record<string, number>> = { builtins: 0, enum: 0, typing: 0, pydantic: 1 };

export class Imports {
  private readonly named = new Map<string, Set<string>>();
  private readonly qualified = new Set<string>();

  constructor(private readonly taken: ReadonlySet<string>) {}

  /** The expression that names `name` from `module` here (`builtins` names need no import). */
  use(module: string, name: string): string {
    if (this.taken.has(name)) {
      this.qualified.add(module);
      return `${alias(module)}.${name}`;
    }
    if (module !== 'builtins') this.named.set(module, (this.named.get(module) ?? new Set()).add(name));
    return name;
  }

  /** Import lines, grouped (standard library, then third party) and sorted. */
  render(): string[] {
    const groups: string[][] = [[], []];
    const modules = [...new Set([...this.named.keys(), ...this.qualified])].sort();
    for (const module of modules) {
      const group = groups[GROUPS[module] ?? 1] ?? [];
      if (this.qualified.has(module)) group.push(`import ${module} as ${alias(module)}`);
      const names = [...(this.named.get(module) ?? [])].sort();
      if (names.length > 0) group.push(`from ${module} import ${names.join(', ')}`);
    }
    return groups.filter((g) => g.length > 0).flatMap((g, i) => (i === 0 ? g : ['', ...g]));
  }
}

function alias(module: string): string {
  return `_${module.replace(/\./g, '_')}`;
}
