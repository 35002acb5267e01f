import type { Relation, Resource } from '../../core/resource.js'
import { unknown, type Maybe } from '../../core/unknown.js'
import type { CallResult } from '../../collect/collector.js'
import type { EksCluster, EksNodegroup, EksRaw } from '../../collect/aws/eks.js'
import { partitionOf } from '../../collect/aws/ec2-arn.js'
import { AWS, type EksClusterAttributes, type EksNodegroupAttributes } from './types.js'
import { awsResource, type NormalizeScope } from './helpers.js'

/** Reads attributes from a Describe* answer; Unknown when the call failed or returned nothing. */
function reader<T>(r: CallResult<T | null>, api: string): <V>(pick: (item: T) => V) => Maybe<V> {
  return (pick) => {
    if (!r.ok) return unknown(`${api}: ${r.reason}`)
    if (r.value === null) return unknown(`${api}: returned no description`)
    return pick(r.value)
  }
}

/** Log types EKS enables for a cluster (`logging.clusterLogging` entries with enabled = true). */
function enabledLogTypes(c: EksCluster): string[] {
  return [...new Set((c.logging?.clusterLogging ?? []).filter((l) => l.enabled).flatMap((l) => l.types ?? []))].sort()
}

/** The KMS key that envelope-encrypts Kubernetes secrets (an encryptionConfig entry covering 'secrets'), or null. */
function secretsKey(c: EksCluster): string | null {
  return (c.encryptionConfig ?? []).find((e) => e.resources?.includes('secrets'))?.provider?.keyArn ?? null
}

function cluster(name: string, r: CallResult<EksCluster | null>, scope: NormalizeScope): Resource<EksClusterAttributes> {
  const read = reader(r, 'eks:DescribeCluster')
  const c = r.ok ? r.value : null
  const vpc = (x: EksCluster) => x.resourcesVpcConfig ?? {}
  const keyArn = c ? secretsKey(c) : null
  const relations: Relation[] = [
    ...(keyArn ? [{ kind: 'uses-kms-key', target: keyArn }] : []),
    ...(c?.roleArn ? [{ kind: 'uses-role', target: c.roleArn }] : []),
  ]
  return awsResource<EksClusterAttributes>({
    uid: c?.arn ?? `arn:${partitionOf(scope.region)}:eks:${scope.region}:${scope.account}:cluster/${name}`,
    type: AWS.eksCluster,
    account: scope.account,
    region: scope.region,
    name,
    tags: { ...(c?.tags ?? {}) },
    relations,
    attributes: {
      clusterName: name,
      version: read((x) => x.version ?? null),
      // DescribeCluster always reports the endpoint settings; when absent, CreateCluster's documented defaults apply
      // (public endpoint on, open to 0.0.0.0/0; private endpoint off).
      endpointPublicAccess: read((x) => vpc(x).endpointPublicAccess ?? true),
      endpointPrivateAccess: read((x) => vpc(x).endpointPrivateAccess ?? false),
      publicAccessCidrs: read((x) => ((vpc(x).endpointPublicAccess ?? true) ? (vpc(x).publicAccessCidrs ?? ['0.0.0.0/0']) : [])),
      secretsKmsKeyArn: read(secretsKey),
      enabledLogTypes: read(enabledLogTypes),
    },
  })
}

function nodegroup(clusterName: string, name: string, r: CallResult<EksNodegroup | null>, scope: NormalizeScope): Resource<EksNodegroupAttributes> {
  const read = reader(r, 'eks:DescribeNodegroup')
  const n = r.ok ? r.value : null
  return awsResource<EksNodegroupAttributes>({
    // The node group ARN ends in a generated id only DescribeNodegroup returns; without it, the ARN up to the name.
    uid: n?.nodegroupArn ?? `arn:${partitionOf(scope.region)}:eks:${scope.region}:${scope.account}:nodegroup/${clusterName}/${name}`,
    type: AWS.eksNodegroup,
    account: scope.account,
    region: scope.region,
    name: `${clusterName}/${name}`,
    tags: { ...(n?.tags ?? {}) },
    relations: [
      { kind: 'in-cluster', target: `arn:${partitionOf(scope.region)}:eks:${scope.region}:${scope.account}:cluster/${clusterName}` },
      ...(n?.nodeRole ? [{ kind: 'uses-role', target: n.nodeRole }] : []),
    ],
    attributes: {
      nodegroupName: name,
      clusterName,
      remoteAccess: read((x) =>
        x.remoteAccess
          ? { ec2SshKey: x.remoteAccess.ec2SshKey ?? null, sourceSecurityGroups: [...(x.remoteAccess.sourceSecurityGroups ?? [])] }
          : null,
      ),
    },
  })
}

/** EKS raw data of one region → clusters and their managed node groups. */
export function normalizeEks(raw: EksRaw, scope: NormalizeScope): Resource[] {
  return raw.clusters.flatMap((c) => [cluster(c.name, c.cluster, scope), ...c.nodegroups.map((g) => nodegroup(c.name, g.name, g.nodegroup, scope))])
}
