import type { Resource } from '../core/resource.js'
import type { GcpCollector } from '../collect/gcp/module.js'
import type { GcpNormalizeScope } from '../normalize/gcp/helpers.js'

/** A Google Cloud collector paired with its normalizer. */
export interface GcpServiceModule<Raw = unknown> {
  collector: GcpCollector<Raw>
  normalize(raw: Raw, scope: GcpNormalizeScope): Resource[]
}

/** Erases a module's raw type: the runner only passes a collector's own output back to its normalizer. */
export function gcpMod<Raw>(collector: GcpCollector<Raw>, normalize: (raw: Raw, scope: GcpNormalizeScope) => Resource[]): GcpServiceModule {
  return { collector, normalize: (raw, scope) => normalize(raw as Raw, scope) }
}
