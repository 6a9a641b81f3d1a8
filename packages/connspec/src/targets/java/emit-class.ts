import type { ObjectNode } from '../../core/index.js';
import type { FileContext } from './context.js';
import { typeDoc } from './docs.js';
import { emitAccessors, emitExtras, emitObjectMethods, extrasType, PRESENCE_FIELD, type Extras, type Part } from './emit-methods.js';
import { JACKSON, JDK } from './libs.js';
import { javaString } from './literals.js';
import { docAnnotations, holdsSecret, type Member } from './members.js';
import type { PlannedType } from './plan.js';
import { mapType } from './type-map.js';
import { printMembers, type JavaType, type JavaWriter } from './writer.js';

/**
 * A POJO for an object schema: private fields with Jackson and Bean Validation annotations, a no-arg
 * constructor (defaults applied) and a copy constructor, getters, setters, fluent `withX`, extras
 * handling per `additionalProperties`, and value-based equals/hashCode/toString.
 */
export function emitClass(ctx: FileContext, planned: PlannedType, simple: string, implementsClause: string, members: readonly Member[], nested: readonly string[]): JavaType {
  const node = planned.node as ObjectNode;
  const notes = objectNotes(ctx, node);
  const extras = planExtras(ctx, node, members);
  const fields: Part[] = members.map((m) => (w) => w.doc(m.doc).line(...m.annotations, `private ${m.type.text} ${m.field}${m.init ? ` = ${m.init}` : ''};`));
  if (extras.kind === 'map') fields.push(extrasField(ctx, extras));
  fields.push(presenceField(ctx));
  const parts: Part[] = [
    ...(fields.length ? [(w: JavaWriter) => w.separated(fields, (field) => field(w))] : []),
    constructors(ctx, simple, members, extras),
    presenceAccessor(ctx),
    ...(members.length ? [emitAccessors(ctx, simple, members)] : []),
    emitExtras(ctx, simple, members, extras),
    emitObjectMethods(ctx, simple, members, extras),
    ...nested.map((code) => (w: JavaWriter) => w.line(code)),
    ...emptyNaming(ctx, simple, members),
  ];
  const body = printMembers(parts);
  const annotations = [...classAnnotations(ctx, node, members, planned), ...emptyNamingAnnotation(ctx, simple, members)];
  const tracked = `${ctx.support('ConnspecPresence')}.Tracked`;
  const header = `public class ${simple}${implementsClause ? `${implementsClause}, ${tracked}` : ` implements ${tracked}`}`;
  return { comments: [typeDoc(planned.decl, notes, planned.node.annotations)], annotations, header, members: body };
}

function classAnnotations(ctx: FileContext, node: ObjectNode, members: readonly Member[], planned: PlannedType): string[] {
  const include = ctx.name(JACKSON.JsonInclude);
  const detect = ctx.name(JACKSON.JsonAutoDetect);
  const none = `${detect}.Visibility.NONE`;
  return [
    `@${include}(${include}.Include.NON_NULL)`,
    ...(members.length ? [`@${ctx.name(JACKSON.JsonPropertyOrder)}({${members.map((m) => javaString(m.json)).join(', ')}})`] : []),
    ...(closed(node) ? [`@${ctx.name(JACKSON.JsonIgnoreProperties)}(ignoreUnknown = false)`] : []),
    // Only annotated fields are properties: a getter Jackson would name differently can never add a second one.
    `@${detect}(fieldVisibility = ${none}, getterVisibility = ${none}, isGetterVisibility = ${none}, setterVisibility = ${none}, creatorVisibility = ${none})`,
    ...(planned.node.annotations.deprecated ? [`@${ctx.imports.lang('Deprecated')}`] : []),
  ];
}

/** The nested naming strategy of a class with a property named "" (a name no other nested type takes: see emit-file). */
export const EMPTY_NAMING = 'EmptyName';

function emptyNamingAnnotation(ctx: FileContext, simple: string, members: readonly Member[]): string[] {
  return members.some((m) => m.json === '') ? [`@${ctx.name(JACKSON.JsonNaming)}(${simple}.${EMPTY_NAMING}.class)`] : [];
}

/**
 * Jackson reads `@JsonProperty("")` as "the field's own name", so the property named "" keeps that
 * implicit name and this class's naming strategy (which renames implicit names only) makes it "".
 */
function emptyNaming(ctx: FileContext, simple: string, members: readonly Member[]): Part[] {
  const empty = members.find((m) => m.json === '');
  if (!empty) return [];
  const string = ctx.imports.lang('String');
  return [(w) => {
    w.line('/** Names the property "" (Jackson takes `@JsonProperty("")` for the field\'s own name). */');
    w.block(`public static final class ${EMPTY_NAMING} extends ${ctx.name(JACKSON.PropertyNamingStrategy)}`, () => {
      w.line('private static final long serialVersionUID = 1L;').blank();
      w.line(`@${ctx.imports.lang('Override')}`);
      w.block(`public ${string} nameForField(${ctx.name(JACKSON.MapperConfig)}<?> config, ${ctx.name(JACKSON.AnnotatedField)} field, ${string} defaultName)`, () => {
        w.line(`return field.getDeclaringClass() == ${simple}.class && field.getName().equals(${javaString(empty.field)}) ? "" : defaultName;`);
      });
    });
  }];
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
  const typed = node.additional.kind === 'typed' ? node.additional.type : undefined;
  const value = typed ? mapType(ctx, typed) : undefined;
  const secret = typed !== undefined && (holdsSecret(ctx.plan.ir, typed) || docAnnotations(ctx.plan.ir, typed).mask === true);
  return { kind: 'map', field, getter, setter, ...(value ? { value } : {}), ...(secret ? { secret } : {}) };
}

function extrasField(ctx: FileContext, extras: Extras & { kind: 'map' }): Part {
  return (w) => {
    w.line('/** Properties the schema does not declare (`additionalProperties`), in input order. */', `@${ctx.name(JACKSON.JsonIgnore)}`);
    w.line(`private final ${extrasType(ctx, extras, true)} ${extras.field} = new ${ctx.name(JDK.LinkedHashMap)}<>();`);
  };
}

function presenceField(ctx: FileContext): Part {
  return (w) => {
    w.line('/** Which properties are set (read, or given to a setter): the ConnspecJson mapper writes only those, so absent stays absent and null stays null. */');
    w.line(`private final ${ctx.support('ConnspecPresence')} ${PRESENCE_FIELD} = new ${ctx.support('ConnspecPresence')}();`);
  };
}

function presenceAccessor(ctx: FileContext): Part {
  return (w) => w.line(`@${ctx.imports.lang('Override')}`).block(`public ${ctx.support('ConnspecPresence')} ${PRESENCE_FIELD}()`, () => w.line(`return this.${PRESENCE_FIELD};`));
}

function constructors(ctx: FileContext, simple: string, members: readonly Member[], extras: Extras): Part {
  const copies = [...members.map((m) => `this.${m.field} = source.${m.field};`), `this.${PRESENCE_FIELD}.copy(source.${PRESENCE_FIELD});`];
  if (extras.kind === 'map') copies.push(`this.${extras.field}.putAll(source.${extras.field});`);
  return (w) => {
    w.line('/** An instance with every schema default applied and nothing else set. */').block(`public ${simple}()`);
    w.blank().line('/** A shallow copy of {@code source} (union variants are made from it). */');
    w.block(`protected ${simple}(${simple} source)`, () => w.line(`${ctx.name(JDK.Objects)}.requireNonNull(source, "source");`, ...copies));
  };
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
