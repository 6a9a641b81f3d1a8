import { printJava } from './writer.js';

/** Java sources of the marker annotations connspec generates into the base package (one per name). */

const ANNOTATION_IMPORTS = ['java.lang.annotation.Documented', 'java.lang.annotation.ElementType', 'java.lang.annotation.Retention', 'java.lang.annotation.RetentionPolicy', 'java.lang.annotation.Target'];

const TARGETS = '@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.ANNOTATION_TYPE})';

/** `@Secret`, `@Masked`, `@Exposed`: markers with runtime retention, for masking code to find by reflection. */
export function markerAnnotation(name: 'Secret' | 'Masked' | 'Exposed'): string {
  const doc = {
    Secret: 'A secret (`format: password`, or a vendor keyword with the secret role, in the schema): left out of toString(); mask it wherever it is shown or logged.',
    Masked: 'Shown and logged only masked (`mask: true` in the schema), together with every secret inside it.',
    Exposed: 'May be shown to clients even where the model is otherwise masked (`expose: true` in the schema).',
  }[name];
  return printJava((w) => {
    w.line(...ANNOTATION_IMPORTS.map((i) => `import ${i};`)).blank();
    w.line('/**', ` * ${doc}`, ' */', '@Documented', '@Retention(RetentionPolicy.RUNTIME)', TARGETS).block(`public @interface ${name}`);
  });
}
