import type { Resource } from '../../core/resource.js'
import type { MskClusterInfo, MskRaw } from '../../collect/aws/msk.js'
import { AWS, type MskClusterAttributes, type MskProvisionedSettings } from './types.js'
import { awsResource, type NormalizeScope } from './helpers.js'

/** The security-relevant settings of a provisioned cluster, with the MSK defaults for anything not returned. */
function provisioned(c: MskClusterInfo): MskProvisionedSettings | null {
  const p = c.Provisioned
  if (!p) return null
  const logs = p.LoggingInfo?.BrokerLogs
  const auth = p.ClientAuthentication
  const anyAuth = Boolean(auth?.Sasl?.Iam?.Enabled || auth?.Sasl?.Scram?.Enabled || auth?.Tls?.Enabled)
  return {
    // MSK's default for ClientBroker is TLS and for InCluster true (Amazon MSK API reference, EncryptionInTransit).
    clientBroker: p.EncryptionInfo?.EncryptionInTransit?.ClientBroker ?? 'TLS',
    inCluster: p.EncryptionInfo?.EncryptionInTransit?.InCluster ?? true,
    atRestKmsKeyId: p.EncryptionInfo?.EncryptionAtRest?.DataVolumeKMSKeyId ?? null,
    publicAccess: p.BrokerNodeGroupInfo?.ConnectivityInfo?.PublicAccess?.Type ?? 'DISABLED',
    // Without any authentication configured, clients connect unauthenticated.
    unauthenticatedAccess: auth?.Unauthenticated?.Enabled ?? !anyAuth,
    brokerLogDestinations: [
      ...(logs?.CloudWatchLogs?.Enabled ? ['CloudWatchLogs'] : []),
      ...(logs?.Firehose?.Enabled ? ['Firehose'] : []),
      ...(logs?.S3?.Enabled ? ['S3'] : []),
    ],
    enhancedMonitoring: p.EnhancedMonitoring ?? 'DEFAULT',
  }
}

/** MSK clusters → aws.msk.cluster (everything comes from ListClustersV2, so nothing is per-resource Unknown). */
export function normalizeMsk(raw: MskRaw, scope: NormalizeScope): Resource<MskClusterAttributes>[] {
  return raw.clusters.map((c) => {
    const settings = provisioned(c)
    const name = c.ClusterName ?? ''
    return awsResource<MskClusterAttributes>({
      uid: c.ClusterArn ?? name,
      type: AWS.mskCluster,
      account: scope.account,
      region: scope.region,
      name,
      tags: { ...(c.Tags ?? {}) },
      relations: settings?.atRestKmsKeyId ? [{ kind: 'uses-kms-key', target: settings.atRestKmsKeyId }] : [],
      attributes: { clusterName: name, clusterType: c.ClusterType ?? (c.Serverless ? 'SERVERLESS' : 'PROVISIONED'), provisioned: settings },
    })
  })
}
