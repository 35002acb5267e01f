import type { AwsServiceModule } from './aws-module.js'

/** Secrets Manager, SSM, Organizations/Account, Backup, CloudFormation, Glacier: collector/normalizer pairs, in the order progress shows them. */
export const MANAGEMENT_MODULES: readonly AwsServiceModule[] = []
