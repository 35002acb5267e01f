/** Test fixtures for Redshift checks. */
import type { Resource } from '../../../core/resource.js'
import { AWS, type RedshiftClusterAttributes } from '../../../normalize/aws/types.js'
import { awsFixture } from '../../_shared/testing.js'

/** A private, encrypted, logged cluster `analytics` with require_ssl on, with `attrs` overriding. */
export function redshiftClusterFixture(attrs: Partial<RedshiftClusterAttributes> = {}): Resource<RedshiftClusterAttributes> {
  return awsFixture<RedshiftClusterAttributes>(
    AWS.redshiftCluster,
    {
      clusterIdentifier: 'analytics',
      publiclyAccessible: false,
      encrypted: true,
      kmsKeyId: 'arn:aws:kms:us-east-1:111122223333:key/abcd',
      enhancedVpcRouting: true,
      automatedSnapshotRetentionPeriod: 7,
      allowVersionUpgrade: true,
      masterUsername: 'dwh_admin',
      parameterGroupNames: ['analytics-params'],
      vpcId: 'vpc-1',
      auditLogging: { enabled: true, destination: 'cloudwatch', logExports: ['connectionlog', 'userlog', 'useractivitylog'] },
      requireSsl: true,
      ...attrs,
    },
    { uid: 'arn:aws:redshift:us-east-1:111122223333:cluster:analytics', name: 'analytics' },
  )
}
