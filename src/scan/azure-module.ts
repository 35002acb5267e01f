import type { Resource } from '../core/resource.js'
import type { AzureCollector } from '../collect/azure/module.js'
import type { AzureNormalizeScope } from '../normalize/azure/helpers.js'

/** An Azure collector paired with its normalizer. */
export interface AzureServiceModule<Raw = unknown> {
  collector: AzureCollector<Raw>
  normalize(raw: Raw, scope: AzureNormalizeScope): Resource[]
}

/** Erases a module's raw type: the runner only passes a collector's own output back to its normalizer. */
export function azureMod<Raw>(collector: AzureCollector<Raw>, normalize: (raw: Raw, scope: AzureNormalizeScope) => Resource[]): AzureServiceModule {
  return { collector, normalize: (raw, scope) => normalize(raw as Raw, scope) }
}
