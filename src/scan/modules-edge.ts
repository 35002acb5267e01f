import type { AwsServiceModule } from './aws-module.js'

/** ELB (classic), ELBv2 (ALB/NLB), CloudFront, WAFv2, ACM: collector/normalizer pairs, in the order progress shows them. */
export const EDGE_MODULES: readonly AwsServiceModule[] = []
