import type { Resource } from '../core/resource.js'
import type { AwsCollector } from '../collect/aws/module.js'
import type { NormalizeScope } from '../normalize/aws/helpers.js'

/** A collector paired with its normalizer. */
export interface AwsServiceModule<Raw = unknown> {
  collector: AwsCollector<Raw>
  normalize(raw: Raw, scope: NormalizeScope): Resource[]
}

/** Erases a module's raw type: the runner only passes a collector's own output back to its normalizer. */
export function mod<Raw>(collector: AwsCollector<Raw>, normalize: (raw: Raw, scope: NormalizeScope) => Resource[]): AwsServiceModule {
  return { collector, normalize: (raw, scope) => normalize(raw as Raw, scope) }
}
