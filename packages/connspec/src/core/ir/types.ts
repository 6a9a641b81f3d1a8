/**
 * The intermediate representation: target-neutral, immutable (frozen), fully resolved.
 * One declaration per schema definition (file roots, `definitions/*`, and inline objects, enums and
 * unions hoisted under a derived name), keyed by canonical location `<file>#<pointer>`.
 * Every node knows its origin, so any later diagnostic can point back at the schema.
 */
import type { JsonValue } from '../load/source-file.js';
import type { ExactNumbers } from './exact.js';

export type { JsonValue, ExactNumbers };

/** `<file>#<pointer>`, e.g. `entity/services/connections/database/mysqlConnection.json#/definitions/mysqlType`. */
export type DeclId = string;

export interface Origin {
  readonly file: string;
  readonly pointer: string;
  readonly line: number;
  readonly column: number;
}

/** Non-validating information, all of it optional. */
export interface Annotations {
  readonly title?: string;
  readonly description?: string;
  /** Wrapped so that a `null` default is distinguishable from none. */
  readonly default?: { readonly value: JsonValue };
  readonly examples?: readonly JsonValue[];
  readonly deprecated?: boolean;
  readonly readOnly?: boolean;
  readonly writeOnly?: boolean;
  readonly comment?: string;
  /** `format: password`: generated code marks, masks and hides it. */
  readonly secret?: boolean;
  readonly mask?: boolean;
  readonly expose?: boolean;
  /** Position in forms (a vendor keyword with the `order` role, e.g. Airbyte's `order`). */
  readonly order?: number;
  /** Not shown in forms (role `hidden`, e.g. `airbyte_hidden`). */
  readonly hidden?: boolean;
  /** The form section the field belongs to (role `group`). */
  readonly group?: string;
  /** Edited in a multi-line text area (role `multiline`). */
  readonly multiline?: boolean;
}

interface NodeBase {
  readonly origin: Origin;
  readonly annotations: Annotations;
  /** Draft-07 keywords with no structural home: `not`, `if`/`then`/`else`. Kept so inlined outputs stay exact. */
  readonly not?: TypeNode;
  readonly conditional?: { readonly if: TypeNode; readonly then?: TypeNode; readonly else?: TypeNode };
  /**
   * 2019-09/2020-12 `unevaluatedProperties` / `unevaluatedItems` beside keywords that evaluate too
   * (`allOf`, `$ref`, …), where no plain keyword means the same. Where nothing else evaluates, they
   * are `additional` / `additionalItems` (or `items`) instead (see ir/convert-2020.ts).
   */
  readonly unevaluated?: { readonly properties?: TypeNode; readonly items?: TypeNode };
  /**
   * The kind was inferred from kind-specific keywords (`properties` → object) because the schema has
   * no `type`: draft-07 then lets other kinds through. Typed languages use the inferred kind; inlined
   * JSON Schema output leaves `type` out, to stay exact.
   */
  readonly implicitType?: boolean;
}

export interface RefNode extends NodeBase {
  readonly kind: 'ref';
  readonly target: DeclId;
}

export interface Property {
  /** The name as the schema (and JSON) spells it. */
  readonly name: string;
  readonly required: boolean;
  readonly type: TypeNode;
  readonly origin: Origin;
  /** `type` property of a connection, or a `supports*` capability flag. */
  readonly role?: 'tag' | 'capability';
}

export type Additional =
  /** No `additionalProperties` keyword: draft-07 allows anything. */
  | { readonly kind: 'unspecified' }
  | { readonly kind: 'closed' }
  | { readonly kind: 'open' }
  | { readonly kind: 'typed'; readonly type: TypeNode };

export interface ObjectNode extends NodeBase {
  readonly kind: 'object';
  readonly properties: readonly Property[];
  readonly additional: Additional;
  readonly patternProperties: readonly { readonly pattern: string; readonly type: TypeNode }[];
  readonly propertyNames?: TypeNode;
  readonly minProperties?: number;
  readonly maxProperties?: number;
  /** `dependencies`: property → required names, or property → schema. */
  readonly dependencies: readonly { readonly property: string; readonly requires: readonly string[] | TypeNode }[];
  /** Names in `required` that no property declares (kept so validation stays exact). */
  readonly extraRequired: readonly string[];
}

export interface ArrayNode extends NodeBase {
  readonly kind: 'array';
  /** One schema for every item, or undefined for any item. */
  readonly items?: TypeNode;
  /** Tuple form of `items`. */
  readonly tuple?: readonly TypeNode[];
  readonly additionalItems?: TypeNode;
  readonly contains?: TypeNode;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly uniqueItems?: boolean;
}

export interface StringNode extends NodeBase {
  readonly kind: 'string';
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
  readonly format?: string;
  readonly contentMediaType?: string;
  readonly contentEncoding?: string;
}

export interface NumberNode extends NodeBase {
  readonly kind: 'number' | 'integer';
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
  readonly exclusiveMaximum?: number;
  readonly multipleOf?: number;
  /** Source text of the facets above a double cannot hold, by `/keyword` (see ir/exact.ts). */
  readonly exact?: ExactNumbers;
}

export interface ScalarNode extends NodeBase {
  readonly kind: 'boolean' | 'null';
}

/** `{}` / `true` accepts anything; `false` accepts nothing. */
export interface AnyNode extends NodeBase {
  readonly kind: 'any' | 'never';
}

export interface EnumNode extends NodeBase {
  readonly kind: 'enum';
  readonly values: readonly JsonValue[];
  /** Source text of numbers in `values` a double cannot hold, by pointer from the list (`/0`, `/2/limit`). */
  readonly exact?: ExactNumbers;
  /** Target hints written on the enum (`javaEnums`: a constant name per value), as on declarations. */
  readonly hints?: Hints;
}

export interface ConstNode extends NodeBase {
  readonly kind: 'const';
  readonly value: JsonValue;
  /** Source text of numbers in `value` a double cannot hold, by pointer from the value (`` for a number const). */
  readonly exact?: ExactNumbers;
}

export interface Discriminator {
  /** The property whose one-value enum (or const) tells the branches apart. */
  readonly property: string;
  /** Tag value of each variant, in variant order. */
  readonly values: readonly string[];
}

export interface UnionNode extends NodeBase {
  readonly kind: 'union';
  /** `oneOf`: exactly one matches. `anyOf`: at least one. `type`: a `type` array (disjoint). */
  readonly combinator: 'oneOf' | 'anyOf' | 'type';
  readonly variants: readonly TypeNode[];
  readonly discriminator?: Discriminator;
}

/** `allOf`, or a schema with its own content plus a combinator, or `$ref` with validating siblings. */
export interface IntersectionNode extends NodeBase {
  readonly kind: 'intersection';
  readonly members: readonly TypeNode[];
}

export type TypeNode =
  | RefNode
  | ObjectNode
  | ArrayNode
  | StringNode
  | NumberNode
  | ScalarNode
  | AnyNode
  | EnumNode
  | ConstNode
  | UnionNode
  | IntersectionNode;

export interface Declaration {
  readonly id: DeclId;
  /** PascalCase name, the same in every language; styled and escaped per language by the naming service. */
  readonly name: string;
  readonly file: string;
  readonly origin: Origin;
  /** `root` of a file, a `definition`, or an `inline` schema hoisted under a derived name. */
  readonly source: 'root' | 'definition' | 'inline';
  readonly type: TypeNode;
  /** Target hints written on the schema (`javaType`, `javaInterfaces`, …), by role id, verbatim: the target they are for reads them. */
  readonly hints?: Hints;
}

/** Vendor keywords whose role is a target hint, by role id, as written. */
export type Hints = Readonly<Record<string, JsonValue>>;

export interface ConnectionInfo {
  readonly serviceType: string;
  /** The `type` tag value, e.g. `Mysql`. */
  readonly tag: string;
  readonly version?: string;
  readonly capabilities: readonly { readonly name: string; readonly default?: boolean }[];
  /** The root's `testConnection` annotation, as written (see `ir/test-steps.ts`), and where. */
  readonly testConnection?: { readonly value: JsonValue; readonly origin: Origin };
}

export interface RegistryInfo {
  readonly serviceType: string;
  /** The union of every registered connection (the registry's `connection.config`). */
  readonly union?: DeclId;
  readonly connections: readonly DeclId[];
}

export interface SchemaFile {
  /** Path under the schema root. */
  readonly path: string;
  readonly id: string;
  readonly root: DeclId;
  /** Declarations owned by this file, in document order. */
  readonly declarations: readonly DeclId[];
  /** SHA-256 of the file's text: what output keyed by the files it depends on is reused by (`closureDigests`). */
  readonly digest: string;
  readonly connection?: ConnectionInfo;
  readonly registry?: RegistryInfo;
}

export interface IR {
  readonly baseUrl: string;
  /** Sorted by path. */
  readonly files: readonly SchemaFile[];
  readonly declarations: ReadonlyMap<DeclId, Declaration>;
}
