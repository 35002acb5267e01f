import type { Resource } from '../../core/resource.js'
import { unknown, type Maybe } from '../../core/unknown.js'
import { redshiftClusterArn, type Cluster, type RedshiftRaw } from '../../collect/aws/redshift.js'
import { AWS, type RedshiftClusterAttributes } from './types.js'
import { awsResource, tagsOf, type NormalizeScope } from './helpers.js'
import { inVpc } from './ec2-network.js'

/**
 * require_ssl of the cluster's parameter groups: true when every group sets it to true, false when any leaves it off
 * (an unset parameter is false, the engine default); Unknown when a group's parameters could not be read.
 */
function requireSsl(c: Cluster, groups: RedshiftRaw['parameterGroups']): Maybe<boolean> {
  const names = (c.ClusterParameterGroups ?? []).map((g) => g.ParameterGroupName).filter((n): n is string => !!n)
  if (names.length === 0) return false
  let all = true
  for (const name of names) {
    const r = groups[name]
    if (!r) return unknown(`redshift:DescribeClusterParameters: parameter group ${name} not read`)
    if (!r.ok) return unknown(`redshift:DescribeClusterParameters: ${r.reason}`)
    const value = r.value.find((p) => p.ParameterName === 'require_ssl')?.ParameterValue
    if (value?.toLowerCase() !== 'true') all = false
  }
  return all
}

/** Redshift clusters → aws.redshift.cluster; failed logging or parameter calls leave only those attributes Unknown. */
export function normalizeRedshift(raw: RedshiftRaw, scope: NormalizeScope): Resource<RedshiftClusterAttributes>[] {
  return raw.clusters.map(({ cluster: c, logging }) => {
    const id = c.ClusterIdentifier ?? ''
    const auditLogging: RedshiftClusterAttributes['auditLogging'] = logging.ok
      ? {
          enabled: logging.value?.LoggingEnabled ?? false,
          destination: logging.value?.LogDestinationType || (logging.value?.BucketName ? 's3' : null),
          logExports: logging.value?.LogExports ?? [],
        }
      : unknown(`redshift:DescribeLoggingStatus: ${logging.reason}`)
    return awsResource<RedshiftClusterAttributes>({
      uid: redshiftClusterArn(scope.region, scope.account, id),
      type: AWS.redshiftCluster,
      account: scope.account,
      region: scope.region,
      name: id,
      tags: tagsOf(c.Tags),
      relations: [...(c.Encrypted && c.KmsKeyId ? [{ kind: 'uses-kms-key', target: c.KmsKeyId }] : []), ...inVpc(scope, c.VpcId)],
      attributes: {
        clusterIdentifier: id,
        publiclyAccessible: c.PubliclyAccessible ?? false,
        encrypted: c.Encrypted ?? false,
        kmsKeyId: c.KmsKeyId ?? null,
        enhancedVpcRouting: c.EnhancedVpcRouting ?? false,
        automatedSnapshotRetentionPeriod: c.AutomatedSnapshotRetentionPeriod ?? 0,
        allowVersionUpgrade: c.AllowVersionUpgrade ?? false,
        masterUsername: c.MasterUsername ?? '',
        parameterGroupNames: (c.ClusterParameterGroups ?? []).map((g) => g.ParameterGroupName).filter((n): n is string => !!n),
        vpcId: c.VpcId ?? null,
        auditLogging,
        requireSsl: requireSsl(c, raw.parameterGroups),
      },
    })
  })
}
