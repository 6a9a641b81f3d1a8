import type { DeclId, IR, Origin } from '../../core/index.js';
import type { Imports } from './imports.js';
import type { PythonRequirement } from './requirements.js';

/** What emitting one module needs: the IR, its imports, and where to report what it cannot enforce. */
export interface PyContext {
  readonly ir: IR;
  readonly imports: Imports;
  /** The expression naming a declaration's class here, recording the import it needs. */
  ref(target: DeclId): string;
  /** The expression naming a helper of the runtime module here (`_cs.OneOf`), recording that the module imports it. */
  runtimeRef(name: string): string;
  /** A rule the generated model cannot enforce: reported at generation time and written as a comment. */
  warn(origin: Origin, message: string): void;
  /** A package the module imports at run time beyond Pydantic (listed in the generated requirements). */
  require(requirement: PythonRequirement): void;
}

/** A Python type with its Pydantic metadata, kept apart so a field can merge its own `Field(...)`. */
export interface PyType {
  readonly base: string;
  /** `Field(...)` keyword arguments (constraints), as source text. */
  readonly field: readonly (readonly [string, string])[];
  /** Other `Annotated` metadata (the runtime's checks). */
  readonly meta: readonly string[];
  /** The type admits `None` (JSON null). */
  readonly nullable: boolean;
  /** A JSON scalar default is already a value of this type (no validation needed to convert it). */
  readonly plain: boolean;
  /** The metadata reads the type it annotates (the runtime's `OneOf`), so `| None` must not join it. */
  readonly sealed?: boolean;
}

export function pyType(base: string, extra: Partial<Omit<PyType, 'base'>> = {}): PyType {
  return { base, field: [], meta: [], nullable: false, plain: false, ...extra };
}

/** `Annotated[base, Field(...), ...]`, or the bare base when there is no metadata. */
export function renderType(ctx: PyContext, type: PyType): string {
  const meta = [...(type.field.length > 0 ? [fieldCall(ctx, type.field)] : []), ...type.meta];
  return meta.length === 0 ? type.base : `${ctx.imports.use('typing', 'Annotated')}[${type.base}, ${meta.join(', ')}]`;
}

export function fieldCall(ctx: PyContext, args: readonly (readonly [string, string])[]): string {
  return `${ctx.imports.use('pydantic', 'Field')}(${args.map(([k, v]) => `${k}=${v}`).join(', ')})`;
}

/** A late-evaluated type for the runtime's checks: it may name classes not yet bound. */
export function thunk(ctx: PyContext, type: PyType): string {
  return `lambda: ${renderType(ctx, type)}`;
}
