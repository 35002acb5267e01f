import { mod, type AwsServiceModule } from './aws-module.js'
import { dynamodbCollector } from '../collect/aws/dynamodb.js'
import { normalizeDynamodb } from '../normalize/aws/dynamodb.js'
import { elasticacheCollector } from '../collect/aws/elasticache.js'
import { normalizeElasticache } from '../normalize/aws/elasticache.js'
import { redshiftCollector } from '../collect/aws/redshift.js'
import { normalizeRedshift } from '../normalize/aws/redshift.js'
import { opensearchCollector } from '../collect/aws/opensearch.js'
import { normalizeOpensearch } from '../normalize/aws/opensearch.js'
import { rdsClustersCollector } from '../collect/aws/rds-clusters.js'
import { normalizeRdsClusters } from '../normalize/aws/rds-clusters.js'

/** DynamoDB, ElastiCache, Redshift, OpenSearch, DocumentDB, Neptune: collector/normalizer pairs, in the order progress shows them. */
export const DATASTORES_MODULES: readonly AwsServiceModule[] = [
  mod(dynamodbCollector, normalizeDynamodb),
  mod(elasticacheCollector, normalizeElasticache),
  mod(redshiftCollector, normalizeRedshift),
  mod(opensearchCollector, normalizeOpensearch),
  mod(rdsClustersCollector, normalizeRdsClusters),
]
