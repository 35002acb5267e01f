import type { AwsServiceModule } from './aws-module.js'

/** ECS, EKS, CodeBuild: collector/normalizer pairs, in the order progress shows them. */
export const CONTAINERS_MODULES: readonly AwsServiceModule[] = []
