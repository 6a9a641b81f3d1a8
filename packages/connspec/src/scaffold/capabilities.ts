import type { Capability, ServiceType } from './options.js';
import { ScaffoldError } from './options.js';

export interface CapabilityFlag {
  readonly property: string;
  readonly title: string;
  /** Definition written to connectionBasicType.json when it lacks one. */
  readonly description: string;
}

export const CAPABILITY_FLAGS: Readonly<Record<Capability, CapabilityFlag>> = {
  metadata: { property: 'supportsMetadataExtraction', title: 'Supports Metadata Extraction', description: 'Supports Metadata Extraction.' },
  lineage: { property: 'supportsLineageExtraction', title: 'Supports Lineage Extraction', description: 'Supports Lineage Extraction.' },
  usage: { property: 'supportsUsageExtraction', title: 'Supports Usage Extraction', description: 'Supports Usage Extraction (query log).' },
  profiler: { property: 'supportsProfiler', title: 'Supports Profiler', description: 'Supports Profiler.' },
  stored_procedures: { property: 'supportsStoredProcedures', title: 'Supports Stored Procedures', description: 'Supports Stored Procedures extraction.' },
  data_diff: { property: 'supportsDataDiff', title: 'Supports Data Diff Extraction', description: 'Supports the Data Diff test between tables.' },
};

/** Which capabilities make sense for which service type (metadata: all). */
const ALLOWED: Readonly<Record<Capability, readonly ServiceType[] | 'all'>> = {
  metadata: 'all',
  lineage: ['database', 'dashboard', 'pipeline'],
  usage: ['database'],
  profiler: ['database'],
  stored_procedures: ['database'],
  data_diff: ['database'],
};

export function checkCapabilities(capabilities: readonly Capability[], serviceType: ServiceType): void {
  for (const c of capabilities) {
    const allowed = ALLOWED[c];
    if (allowed !== 'all' && !allowed.includes(serviceType)) {
      throw new ScaffoldError(`capability "${c}" does not apply to ${serviceType} connectors (only ${allowed.join(', ')})`);
    }
  }
}

/** Filter patterns by service type: [property, title, what it filters]. */
export const FILTER_PATTERNS: Readonly<Record<ServiceType, readonly (readonly [string, string, string])[]>> = {
  database: [
    ['databaseFilterPattern', 'Default Database Filter Pattern', 'databases'],
    ['schemaFilterPattern', 'Default Schema Filter Pattern', 'schemas'],
    ['tableFilterPattern', 'Default Table Filter Pattern', 'tables'],
  ],
  dashboard: [
    ['dashboardFilterPattern', 'Default Dashboard Filter Pattern', 'dashboards'],
    ['chartFilterPattern', 'Default Chart Filter Pattern', 'charts'],
  ],
  pipeline: [['pipelineFilterPattern', 'Default Pipeline Filter Pattern', 'pipelines']],
  messaging: [['topicFilterPattern', 'Default Topic Filter Pattern', 'topics']],
  mlmodel: [['mlModelFilterPattern', 'Default ML Model Filter Pattern', 'ML models']],
  storage: [['containerFilterPattern', 'Default Container Filter Pattern', 'containers']],
  search: [['searchIndexFilterPattern', 'Default Search Index Filter Pattern', 'search indexes']],
  api: [['apiCollectionFilterPattern', 'Default API Collection Filter Pattern', 'API collections']],
};
