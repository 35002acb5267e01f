import type { AwsServiceModule } from './aws-module.js'

/** Auto Scaling, EC2 launch templates, Lambda, ECR: collector/normalizer pairs, in the order progress shows them. */
export const COMPUTE_MODULES: readonly AwsServiceModule[] = []
