import type { AwsServiceModule } from './aws-module.js'

/** SageMaker, Cognito, Route 53: collector/normalizer pairs, in the order progress shows them. */
export const IDENTITY_MODULES: readonly AwsServiceModule[] = []
