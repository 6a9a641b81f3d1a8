import type { ObjectNode } from '../../core/index.js';
import type { FileContext } from './context.js';
import { typeDoc } from './docs.js';
import { emitAccessors, emitExtras, emitObjectMethods, extrasType, type Extras } from './emit-methods.js';
import { JACKSON, JDK } from './libs.js';
import { javaString } from './literals.js';
import type { Member } from './members.js';
import type { PlannedType } from './plan.js';
import { mapType } from './type-map.js';

/**
 * A POJO for an object schema: private fields with Jackson and Bean Validation annotations, a no-arg
 * constructor (defaults applied) and a copy constructor, getters, setters, fluent `withX`, extras
 * handling per `additionalProperties`, and value-based equals/hashCode/toString.
 */
export function emitClass(ctx: FileContext, planned: PlannedType, simple: string, implementsClause: string, members: readonly Member[], nested: readonly string[]): string {
  const node = planned.node as ObjectNode;
  const notes = objectNotes(ctx, node);
  const extras = planExtras(ctx, node, members);
  const fields = members.map((m) => `${m.doc}${m.annotations.map((a) => `    ${a}\n`).join('')}    private ${m.type.text} ${m.field}${m.init ? ` = ${m.init}` : ''};`);
  if (extras.kind === 'map') fields.push(extrasField(ctx, extras));
  const parts = [
    fields.join('\n\n'),
    constructors(ctx, simple, members, extras),
    emitAccessors(ctx, simple, members),
    emitExtras(ctx, simple, members, extras),
    emitObjectMethods(ctx, simple, members, extras),
    ...nested,
  ].filter((p) => p.length > 0);
  const header = classAnnotations(ctx, node, members, planned);
  return `${typeDoc(planned.decl, notes, planned.node.annotations)}${header}public class ${simple}${implementsClause} {\n\n${parts.join('\n\n')}\n}\n`;
}

function classAnnotations(ctx: FileContext, node: ObjectNode, members: readonly Member[], planned: PlannedType): string {
  const include = ctx.t(JACKSON.JsonInclude);
  const detect = ctx.t(JACKSON.JsonAutoDetect);
  const none = `${detect}.Visibility.NONE`;
  const lines = [
    `@${include}(${include}.Include.NON_NULL)`,
    ...(members.length ? [`@${ctx.t(JACKSON.JsonPropertyOrder)}({${members.map((m) => javaString(m.json)).join(', ')}})`] : []),
    ...(closed(node) ? [`@${ctx.t(JACKSON.JsonIgnoreProperties)}(ignoreUnknown = false)`] : []),
    // Only annotated fields are properties: a getter Jackson would name differently can never add a second one.
    `@${detect}(fieldVisibility = ${none}, getterVisibility = ${none}, isGetterVisibility = ${none}, setterVisibility = ${none}, creatorVisibility = ${none})`,
    ...(planned.node.annotations.deprecated ? [`@${ctx.imports.lang('Deprecated')}`] : []),
  ];
  return `${lines.join('\n')}\n`;
}

/** `additionalProperties: false` and nothing else that admits an undeclared name. */
function closed(node: ObjectNode): boolean {
  return node.additional.kind === 'closed' && node.patternProperties.length === 0;
}

function planExtras(ctx: FileContext, node: ObjectNode, members: readonly Member[]): Extras {
  const fields = new Set(members.map((m) => m.field));
  const accessors = new Set(members.map((m) => m.accessor));
  if (closed(node)) return { kind: 'closed' };
  let field = 'additionalProperties';
  while (fields.has(field)) field = `${field}_`;
  let getter = 'AdditionalProperties';
  while (accessors.has(getter)) getter = `${getter}_`;
  let setter = 'AdditionalProperty';
  while (accessors.has(setter)) setter = `${setter}_`;
  const value = node.additional.kind === 'typed' ? mapType(ctx, node.additional.type) : undefined;
  return { kind: 'map', field, getter, setter, ...(value ? { value } : {}) };
}

function extrasField(ctx: FileContext, extras: Extras & { kind: 'map' }): string {
  const doc = '    /** Properties the schema does not declare (`additionalProperties`), in input order. */\n';
  return `${doc}    @${ctx.t(JACKSON.JsonIgnore)}\n    private final ${extrasType(ctx, extras, true)} ${extras.field} = new ${ctx.t(JDK.LinkedHashMap)}<>();`;
}

function constructors(ctx: FileContext, simple: string, members: readonly Member[], extras: Extras): string {
  const copies = members.map((m) => `        this.${m.field} = source.${m.field};`);
  if (extras.kind === 'map') copies.push(`        this.${extras.field}.putAll(source.${extras.field});`);
  return [
    `    /** An instance with every schema default applied and nothing else set. */`,
    `    public ${simple}() {`,
    '    }',
    '',
    `    /** A shallow copy of {@code source} (union variants are made from it). */`,
    `    protected ${simple}(${simple} source) {`,
    `        ${ctx.t(JDK.Objects)}.requireNonNull(source, "source");`,
    ...copies,
    '    }',
  ].join('\n');
}

/** Object-level keywords Java does not check, reported where they are. */
function objectNotes(ctx: FileContext, node: ObjectNode): string[] {
  const notes: string[] = [];
  if (node.patternProperties.length > 0) notes.push(ctx.unenforced(node.origin, '`patternProperties` (extra properties are kept, not checked against the patterns)'));
  if (node.propertyNames) notes.push(ctx.unenforced(node.propertyNames.origin, '`propertyNames`'));
  if (node.minProperties !== undefined || node.maxProperties !== undefined) notes.push(ctx.unenforced(node.origin, '`minProperties`/`maxProperties`'));
  if (node.dependencies.length > 0) notes.push(ctx.unenforced(node.origin, '`dependencies`'));
  if (node.extraRequired.length > 0) notes.push(ctx.unenforced(node.origin, `\`required\` names no property declares: ${node.extraRequired.join(', ')}`));
  return notes;
}
