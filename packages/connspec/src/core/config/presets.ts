import type { ConfigOverrides, ConnectionLayout } from './config.js';

/** A named starting point for a config: the conventions and dialect of a family of schema trees. */
export interface Preset {
  readonly id: string;
  readonly sentence: string;
  /** Settings under the config file's own (the file wins key by key; `connections`, `keywords`, `rules` merge). */
  readonly settings: ConfigOverrides;
}

const OPENMETADATA_LAYOUT: ConnectionLayout = {
  paths: ['entity/services/connections/{serviceType}/{name}Connection.json'],
  exclude: ['entity/services/connections/common/**'],
  tag: { property: 'type' },
  capabilities: '^supports[A-Z]',
};

/** OpenMetadata's own vocabulary: Java hints, masking, and UI hints of its forms. */
const OPENMETADATA_KEYWORDS = { javaType: 'javaType', javaInterfaces: 'javaInterfaces', javaEnums: 'javaEnums', mask: 'mask', expose: 'expose' };

export const PRESETS: readonly Preset[] = [
  {
    id: 'connspec',
    sentence: "connspec's own catalogue: OpenMetadata's layout and keywords, plus a required `schemaVersion` on every connection.",
    settings: {
      connections: { ...OPENMETADATA_LAYOUT, version: { keyword: 'schemaVersion', required: true } },
      registries: { paths: ['entity/services/{serviceType}Service.json'] },
      keywords: OPENMETADATA_KEYWORDS,
    },
  },
  {
    id: 'openmetadata',
    sentence: "OpenMetadata's `openmetadata-spec` tree: its layout and registries, its keywords (Java hints, `mask`, `expose`, UI hints), refs resolved by file (many of its `$id`s are not their paths), colliding names qualified.",
    settings: {
      baseUrl: 'https://open-metadata.org/schema/',
      refBase: 'file',
      onNameCollision: 'qualify',
      connections: OPENMETADATA_LAYOUT,
      registries: { paths: ['entity/services/{serviceType}Service.json'] },
      keywords: { ...OPENMETADATA_KEYWORDS, accept: 'docs', uiFieldType: 'docs' },
    },
  },
  {
    id: 'airbyte',
    sentence: "Airbyte connector specs (each connector's `connectionSpecification`, one file per connector in a flat folder, named by the connector): its UI keywords, no tag property, no version keyword.",
    settings: {
      connections: { paths: ['{name}.json'], serviceType: 'source', tag: { from: 'name' } },
      // Specs carry no `$id` by design: each is known by the base URL followed by its file name.
      rules: { 'id-present': 'off' },
      keywords: {
        airbyte_secret: 'secret',
        airbyte_hidden: 'hidden',
        order: 'order',
        group: 'group',
        multiline: 'multiline',
        always_show: 'docs',
        groups: 'docs',
        pattern_descriptor: 'docs',
        display_type: 'docs',
      },
    },
  },
];

export const PRESET_IDS: readonly string[] = PRESETS.map((p) => p.id);

export function presetById(id: string): Preset | undefined {
  return PRESETS.find((p) => p.id === id);
}
