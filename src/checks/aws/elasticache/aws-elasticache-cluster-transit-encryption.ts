import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type ElastiCacheCacheClusterAttributes } from '../../../normalize/aws/types.js'

/** Standalone cache clusters (Memcached, single-node Redis) should encrypt traffic; replication group members are checked on their group. */
export default defineCheck<ElastiCacheCacheClusterAttributes>({
  id: 'aws-elasticache-cluster-transit-encryption',
  title: 'ElastiCache standalone cache cluster has in-transit encryption enabled',
  resourceType: AWS.elasticacheCacheCluster,
  severity: 'medium',
  categories: ['encryption'],
  rationale:
    'Without in-transit encryption, everything clients store in or read from the cache, including session data and ' +
    'tokens, crosses the network in plaintext; Memcached 1.6.12+ and Redis/Valkey support TLS.',
  remediation: {
    steps: [
      'Create a replacement cluster with in-transit encryption enabled (Memcached 1.6.12 or later, or Redis/Valkey), then move clients to TLS endpoints.',
    ],
    cli: 'aws elasticache create-cache-cluster --cache-cluster-id <new-id> --engine memcached --engine-version 1.6.22 --cache-node-type <type> --num-cache-nodes 1 --transit-encryption-enabled',
    terraform: 'aws_elasticache_cluster: transit_encryption_enabled = true',
    references: [
      'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/in-transit-encryption-mc.html',
      'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/in-transit-encryption.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/elasticache-controls.html',
    ],
  },
  applies: (c) => c.attributes.replicationGroupId === null,
  evaluate(cluster, result) {
    const { cacheClusterId: id, engine, transitEncryptionEnabled, transitEncryptionMode } = cluster.attributes
    if (!transitEncryptionEnabled)
      return result.fail(`Cache cluster ${id} (${engine}) has in-transit encryption disabled, so clients talk to it in plaintext.`)
    return transitEncryptionMode === 'preferred'
      ? result.fail(`Cache cluster ${id} (${engine}) has in-transit encryption in "preferred" mode, so it still accepts unencrypted connections.`)
      : result.pass(`Cache cluster ${id} (${engine}) encrypts traffic in transit.`)
  },
})
