import type { Resource } from '../../core/resource.js'
import { unknown, type Maybe } from '../../core/unknown.js'
import { opensearchDomainArn, type DomainStatus, type OpenSearchRaw } from '../../collect/aws/opensearch.js'
import { AWS, type OpenSearchDomainAttributes } from './types.js'
import { awsResource, maybePolicy, type NormalizeScope } from './helpers.js'
import { inVpc } from './ec2-network.js'

/** OpenSearch domains → aws.opensearch.domain; a failed DescribeDomains leaves every configuration attribute Unknown. */
export function normalizeOpensearch(raw: OpenSearchRaw, scope: NormalizeScope): Resource<OpenSearchDomainAttributes>[] {
  return raw.domains.map(({ domainName, status }) => {
    const read = <T>(pick: (d: DomainStatus) => Maybe<T>): Maybe<T> =>
      status.ok && status.value ? pick(status.value) : unknown(`es:DescribeDomains: ${status.ok ? 'domain not returned' : status.reason}`)
    const d = status.ok ? status.value : null
    const kmsKeyId = d?.EncryptionAtRestOptions?.Enabled ? d.EncryptionAtRestOptions.KmsKeyId : undefined
    return awsResource<OpenSearchDomainAttributes>({
      uid: d?.ARN ?? opensearchDomainArn(scope.region, scope.account, domainName),
      type: AWS.opensearchDomain,
      account: scope.account,
      region: scope.region,
      name: domainName,
      relations: [...(kmsKeyId ? [{ kind: 'uses-kms-key', target: kmsKeyId }] : []), ...inVpc(scope, d?.VPCOptions?.VPCId)],
      attributes: {
        domainName,
        engineVersion: read((s) => s.EngineVersion ?? ''),
        // A VPC domain reports its VPC and subnets in VPCOptions; a public one has no VPCOptions (or an empty one).
        vpc: read((s) =>
          s.VPCOptions?.VPCId || s.VPCOptions?.SubnetIds?.length
            ? { vpcId: s.VPCOptions.VPCId || null, subnetIds: s.VPCOptions.SubnetIds ?? [] }
            : null,
        ),
        encryptionAtRest: read((s) => s.EncryptionAtRestOptions?.Enabled ?? false),
        nodeToNodeEncryption: read((s) => s.NodeToNodeEncryptionOptions?.Enabled ?? false),
        enforceHttps: read((s) => s.DomainEndpointOptions?.EnforceHTTPS ?? false),
        tlsSecurityPolicy: read((s) => s.DomainEndpointOptions?.TLSSecurityPolicy ?? null),
        fineGrainedAccessControl: read((s) => s.AdvancedSecurityOptions?.Enabled ?? false),
        auditLogs: read((s) => s.LogPublishingOptions?.AUDIT_LOGS?.Enabled ?? false),
        dedicatedMaster: read((s) => s.ClusterConfig?.DedicatedMasterEnabled ?? false),
        zoneAwareness: read((s) => s.ClusterConfig?.ZoneAwarenessEnabled ?? false),
        policy: read((s) => maybePolicy({ ok: true, value: s.AccessPolicies || null }, 'es:DescribeDomains')),
      },
    })
  })
}
