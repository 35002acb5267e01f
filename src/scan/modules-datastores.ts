import type { AwsServiceModule } from './aws-module.js'

/** DynamoDB, ElastiCache, Redshift, OpenSearch, DocumentDB, Neptune: collector/normalizer pairs, in the order progress shows them. */
export const DATASTORES_MODULES: readonly AwsServiceModule[] = []
