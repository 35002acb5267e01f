import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type ElastiCacheReplicationGroupAttributes } from '../../../normalize/aws/types.js'

/** Redis/Valkey replication groups should require authentication (an AUTH token or RBAC user groups). */
export default defineCheck<ElastiCacheReplicationGroupAttributes>({
  id: 'aws-elasticache-replication-group-auth-enabled',
  title: 'ElastiCache replication group requires authentication (Redis AUTH or RBAC)',
  resourceType: AWS.elasticacheReplicationGroup,
  severity: 'high',
  categories: ['identity'],
  rationale:
    'Without an AUTH token or RBAC user group, any host that can reach the endpoint (a compromised instance, a ' +
    'misrouted peering, a container in the VPC) can read every key, write data or run FLUSHALL; nothing but ' +
    'security groups stands in the way.',
  remediation: {
    steps: [
      'Enable in-transit encryption (required for AUTH and RBAC).',
      'Associate an RBAC user group with the replication group, or set an AUTH token and rotate it into clients.',
    ],
    cli: 'aws elasticache modify-replication-group --replication-group-id <id> --user-group-ids-to-add <user-group-id> --apply-immediately',
    terraform: 'aws_elasticache_replication_group: user_group_ids = [aws_elasticache_user_group.<name>.id] (or auth_token = <secret>)',
    references: [
      'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Clusters.RBAC.html',
      'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/auth.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/elasticache-controls.html',
    ],
  },
  evaluate(group, result) {
    const { replicationGroupId: id, authTokenEnabled, userGroupIds } = group.attributes
    if (userGroupIds.length > 0) return result.pass(`Replication group ${id} requires RBAC authentication (user groups ${userGroupIds.join(', ')}).`)
    return authTokenEnabled
      ? result.pass(`Replication group ${id} requires a Redis AUTH token.`)
      : result.fail(
          `Replication group ${id} has neither an AUTH token nor an RBAC user group, so any client that reaches it can read and change all data.`,
        )
  },
})
