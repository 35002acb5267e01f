import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type ElastiCacheCacheClusterAttributes } from '../../../normalize/aws/types.js'

/** Cache clusters should run in a purpose-made subnet group rather than the default one (default VPC subnets). */
export default defineCheck<ElastiCacheCacheClusterAttributes>({
  id: 'aws-elasticache-cluster-not-default-subnet-group',
  title: 'ElastiCache cache cluster does not use the default subnet group',
  resourceType: AWS.elasticacheCacheCluster,
  severity: 'low',
  categories: ['network'],
  rationale:
    'The "default" cache subnet group spans the default VPC, whose subnets are public (they map public IPs and ' +
    'route to an internet gateway) and are shared with whatever else was launched without a network design; a ' +
    'dedicated subnet group in private subnets keeps the cache off those paths.',
  remediation: {
    steps: [
      'Create a cache subnet group with private subnets of the application VPC.',
      'Recreate the cluster (or restore it from a snapshot) in that subnet group.',
    ],
    cli: 'aws elasticache create-cache-subnet-group --cache-subnet-group-name cache-private --cache-subnet-group-description "private cache subnets" --subnet-ids <subnet-1> <subnet-2>',
    terraform: 'aws_elasticache_cluster / aws_elasticache_replication_group: subnet_group_name = aws_elasticache_subnet_group.<private>.name',
    references: [
      'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/SubnetGroups.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/elasticache-controls.html',
    ],
  },
  evaluate(cluster, result) {
    const { cacheClusterId: id, cacheSubnetGroupName } = cluster.attributes
    return cacheSubnetGroupName === 'default'
      ? result.fail(`Cache cluster ${id} runs in the "default" cache subnet group (default VPC subnets).`)
      : result.pass(`Cache cluster ${id} runs in subnet group ${cacheSubnetGroupName ?? '(none reported)'}.`)
  },
})
