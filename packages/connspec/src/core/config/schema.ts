import type { Generator } from '../generator.js';
import type { JsonObject, JsonValue } from '../load/source-file.js';
import type { RuleInfo } from '../diagnostics.js';
import { DEFAULT_PACKAGE_DIR } from '../package.js';
import { SEMVER_RULES } from '../semver/rules/index.js';
import { BUMPS, PROFILES_LIST } from '../semver/types.js';
import { ROLE_IDS } from '../vendor/roles.js';
import { STANDARD_KEYWORDS } from '../validate/keywords.js';
import { CONFIG_DEFAULTS } from './config.js';
import { PRESET_IDS } from './presets.js';

/** What a config may name: the rules a run can report and the generators (targets and their options). */
export interface ConfigVocabulary {
  readonly rules: readonly RuleInfo[];
  readonly generators: readonly Generator[];
}

export const CONFIG_SCHEMA_ID = 'https://connspec.dev/config.schema.json';

const SEVERITIES = ['error', 'warning', 'off'];

/** An option's value schema, as far as its default tells (the option's own check decides the rest). */
function optionValue(option: { sentence: string; default: unknown }): JsonObject {
  const type = option.default === null ? 'null' : Array.isArray(option.default) ? 'array' : typeof option.default;
  return { description: option.sentence, default: option.default as JsonValue, ...(['string', 'boolean', 'number', 'array', 'object'].includes(type) ? { type } : {}) };
}

function generatorsSchema(generators: readonly Generator[]): JsonObject {
  const properties = Object.fromEntries(
    generators.map((g): [string, JsonObject] => [
      g.target,
      { description: g.description, type: 'object', additionalProperties: false, properties: Object.fromEntries((g.options ?? []).map((o) => [o.name, optionValue(o)])) },
    ]),
  );
  return { description: 'Per-target settings; each target declares the options it reads.', type: 'object', additionalProperties: false, properties };
}

const described = (description: string, schema: JsonObject): JsonObject => ({ description, ...schema });

/**
 * The JSON Schema of `.connspec.json`: published with the package (editors complete and check it)
 * and used by the loader, so the two never disagree.
 */
export function configSchema(vocabulary: ConfigVocabulary): JsonObject {
  const d = CONFIG_DEFAULTS;
  const targets = vocabulary.generators.map((g) => g.target);
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: CONFIG_SCHEMA_ID,
    title: 'connspec configuration (.connspec.json)',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: described('This schema, for editors: "./node_modules/connspec/config.schema.json".', { type: 'string' }),
      $comment: described('Notes for people; connspec ignores it.', {}),
      schemaRoot: described('Folder of the schema catalogue, relative to this file; every *.json below it is loaded.', { type: 'string', minLength: 1, default: d.schemaRoot }),
      baseUrl: described('`$id` of a file = baseUrl + its path under schemaRoot; refs under it map to files, others are remote (never fetched).', { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9+.-]*://', default: d.baseUrl }),
      outDir: described('Output folder, relative to this file; target t writes only into <outDir>/<t>/.', { type: 'string', minLength: 1, default: d.outDir }),
      targets: described('The targets `connspec generate` runs when none is named (and the Nx plugin declares outputs for). Default: all.', { type: 'array', items: { enum: targets }, uniqueItems: true, minItems: 1 }),
      rules: described('Severity per rule id: error, warning or off.', { type: 'object', propertyNames: { enum: vocabulary.rules.map((r) => r.id) }, additionalProperties: { enum: SEVERITIES }, default: {} }),
      onNameCollision: described('A type-name collision stops the run (error) or prefixes the colliding names with their file\'s name (qualify).', { enum: ['error', 'qualify'], default: d.onNameCollision }),
      refBase: described('Relative $refs resolve against the nearest $id (id, draft-07) or the file\'s own place (file).', { enum: ['id', 'file'], default: d.refBase }),
      recursionDepth: described('Times a recursive definition is expanded in inlined outputs (UI forms) before it is cut.', { type: 'integer', minimum: 0, maximum: 16, default: d.recursionDepth }),
      generators: generatorsSchema(vocabulary.generators),
      semver: semverSchema(),
      package: packageSchema(),
      preset: described('Start from the conventions and dialect of a family of trees; this file\'s keys win (connections, keywords and rules merge).', { enum: [...PRESET_IDS] }),
      connections: connectionsSchema(),
      registries: described('Service registries (files listing every connection of a service type); null: none.', {
        type: ['object', 'null'],
        additionalProperties: false,
        required: ['paths'],
        properties: { paths: described('Path templates with {serviceType}, e.g. "entity/services/{serviceType}Service.json".', TEMPLATES) },
      }),
      keywords: described('Vendor keywords your schemas use, each with its role (a keyword not declared here or in the preset is an unknown-keyword error).', {
        type: 'object',
        propertyNames: { pattern: '^[^$]', not: { enum: [...STANDARD_KEYWORDS] } },
        additionalProperties: { enum: [...ROLE_IDS] },
        default: {},
      }),
    },
  };
}

const TEMPLATES: JsonObject = { type: 'array', items: { type: 'string', minLength: 1, pattern: '\\.json$' }, minItems: 1 };

function connectionsSchema(): JsonObject {
  return described('Where connection schemas live and what they declare; null: none (per-connection targets then refuse to run).', {
    type: ['object', 'null'],
    additionalProperties: false,
    properties: {
      paths: described('Path templates under schemaRoot: {serviceType} and {name} match within one segment, * any characters but /, ** any folders.', TEMPLATES),
      exclude: described('Templates of files that match paths but are not connections.', { type: 'array', items: { type: 'string', minLength: 1 } }),
      serviceType: described('The service type when the template has no {serviceType}.', { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9]*$', default: 'connector' }),
      tag: described('How the connector tag is known: {"property": "type"} (a root property pinned to one value by a one-value enum or const), or {"from": "name" | "title"}.', {
        oneOf: [
          { type: 'object', additionalProperties: false, required: ['property'], properties: { property: { type: 'string', minLength: 1 } } },
          { type: 'object', additionalProperties: false, required: ['from'], properties: { from: { enum: ['name', 'title'] } } },
        ],
        default: { from: 'name' },
      }),
      capabilities: described('Regular expression for root boolean properties that are capability flags, e.g. "^supports[A-Z]".', { type: 'string', minLength: 1 }),
      version: described('The root keyword holding each connection\'s semantic version (checked by the version gate); required: every connection must declare it.', {
        type: 'object',
        additionalProperties: false,
        required: ['keyword'],
        properties: { keyword: { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_-]*$' }, required: { type: 'boolean', default: false } },
      }),
    },
  });
}

function packageSchema(): JsonObject {
  return described('`connspec package` settings: the version and metadata every artifact (wheel, jar, npm package) carries, and where they go. Names per ecosystem are generator options.', {
    type: 'object',
    additionalProperties: false,
    properties: {
      version: described('The artifacts\' version (semver). Default: the highest connection version (connections.version).', { type: 'string', pattern: '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-[0-9A-Za-z.-]+)?(?:\\+[0-9A-Za-z.-]+)?$' }),
      description: described('One line saying what the models are.', { type: 'string', minLength: 1 }),
      license: described('An SPDX license expression, e.g. "Apache-2.0".', { type: 'string', minLength: 1 }),
      homepage: described('The project\'s URL.', { type: 'string', pattern: '^https?://' }),
      authors: described('Authors, e.g. "Jane Doe <jane@example.com>".', { type: 'array', items: { type: 'string', minLength: 1 } }),
      outDir: described('Where `connspec package` puts the artifacts, one folder per target, relative to this file.', { type: 'string', minLength: 1, default: DEFAULT_PACKAGE_DIR }),
    },
  });
}

function semverSchema(): JsonObject {
  return described('`connspec diff` and `version-gate` settings (command-line flags win).', {
    type: 'object',
    additionalProperties: false,
    properties: {
      profile: described('What counts as a breaking change.', { enum: [...PROFILES_LIST], default: 'CONTRACT' }),
      rules: described('Bump class per semver rule id.', { type: 'object', propertyNames: { enum: SEMVER_RULES.map((r) => r.id) }, additionalProperties: { enum: [...BUMPS] } }),
      formatsEnforced: described('Validators enforce `format` (adding or changing one is then major).', { type: 'boolean' }),
      defaultsApplied: described('Consumers fill in defaults before validating (a new required property with a default is then minor).', { type: 'boolean' }),
    },
  });
}
