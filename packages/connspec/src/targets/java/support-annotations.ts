/** Java sources of the marker annotations connspec generates into the base package (one per name). */

const ANNOTATION_IMPORTS = ['java.lang.annotation.Documented', 'java.lang.annotation.ElementType', 'java.lang.annotation.Retention', 'java.lang.annotation.RetentionPolicy', 'java.lang.annotation.Target'];

const TARGETS = '@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.ANNOTATION_TYPE})';

function imports(extra: readonly string[]): string {
  return [...extra, ...ANNOTATION_IMPORTS].sort().map((i) => `import ${i};`).join('\n');
}

/** `@Secret`, `@Masked`, `@Exposed`: markers with runtime retention, for masking code to find by reflection. */
export function markerAnnotation(name: 'Secret' | 'Masked' | 'Exposed'): string {
  const docs = {
    Secret: ['A secret (`format: password`, or a vendor keyword with the secret role, in the schema): left out of toString(); mask it wherever it is shown or logged.'],
    Masked: ['Shown and logged only masked (`mask: true` in the schema), together with every secret inside it.'],
    Exposed: ['May be shown to clients even where the model is otherwise masked (`expose: true` in the schema).'],
  }[name];
  return `${imports([])}

/**
 * ${docs.join('\n * ')}
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
${TARGETS}
public @interface ${name} {
}
`;
}
