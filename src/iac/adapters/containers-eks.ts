/**
 * EKS clusters and managed node groups from code. Left-out settings take CreateCluster's documented defaults:
 * public endpoint on and open to 0.0.0.0/0, private endpoint off, no control-plane logs, no secrets encryption
 * (https://docs.aws.amazon.com/eks/latest/APIReference/API_VpcConfigRequest.html). A cluster without a version gets
 * the default version at creation, which only the apply knows.
 */
import { isUnknown, type Maybe } from '../../core/unknown.js'
import { AWS, type EksClusterAttributes, type EksNodegroupAttributes } from '../../normalize/aws/types.js'
import { afterApply, type AdaptContext, type AdaptedResource, type Adapter, type IacResource } from '../model.js'
import { block, blocks, bool, cfnTags, isUnset, list, obj, str, strings, tfTags } from './values.js'
import { idOf, idsOf, nameOf, referencedName, relationTo } from './containers-values.js'

type Values = Readonly<Record<string, unknown>>

/** Endpoint access from a VPC configuration in either language's field names. */
function endpoints(
  vpc: Maybe<Values | null>,
  f: { pub: string; priv: string; cidrs: string },
): Pick<EksClusterAttributes, 'endpointPublicAccess' | 'endpointPrivateAccess' | 'publicAccessCidrs'> {
  if (isUnknown(vpc)) return { endpointPublicAccess: vpc, endpointPrivateAccess: vpc, publicAccessCidrs: vpc }
  const isPublic = bool(vpc?.[f.pub], true)
  const isPrivate = bool(vpc?.[f.priv], false)
  const cidrs = vpc && !isUnset(vpc[f.cidrs]) ? strings(vpc[f.cidrs]) : ['0.0.0.0/0']
  return {
    endpointPublicAccess: isUnknown(isPublic) ? isPublic : isPublic === true,
    endpointPrivateAccess: isUnknown(isPrivate) ? isPrivate : isPrivate === true,
    // As DescribeCluster reports it: no CIDRs when the public endpoint is off.
    publicAccessCidrs: isPublic === false ? [] : cidrs,
  }
}

/** The KMS key of the encryption entry covering `secrets` (entries: {resources, key}); null when none does. */
function secretsKey(entries: Maybe<{ resources: unknown; key: unknown }[]>, ctx: AdaptContext): Maybe<string | null> {
  if (isUnknown(entries)) return entries
  for (const e of entries) {
    const resources = strings(e.resources)
    if (isUnknown(resources)) return resources
    if (resources.includes('secrets')) return idOf(e.key, ctx) ?? afterApply('KMS key of the secrets encryption')
  }
  return null
}

function version(v: unknown): Maybe<string | null> {
  return isUnset(v) ? afterApply('Kubernetes version (the EKS default when the cluster is created)') : str(v, null)
}

function tfCluster(r: IacResource, ctx: AdaptContext): AdaptedResource<EksClusterAttributes>[] {
  const v = r.values
  const clusterName = nameOf(r, 'name')
  const enc = blocks(v, 'encryption_config')
  const entries = isUnknown(enc)
    ? enc
    : enc.map((e) => {
        const provider = block(e, 'provider')
        return { resources: e.resources, key: isUnknown(provider) ? provider : provider?.key_arn }
      })
  const key = secretsKey(entries, ctx)
  return [
    {
      type: AWS.eksCluster,
      name: clusterName,
      tags: tfTags(v),
      relations: [...relationTo('uses-role', v.role_arn, ctx), ...kmsRelation(key, ctx)],
      attributes: {
        clusterName,
        version: version(v.version),
        ...endpoints(block(v, 'vpc_config'), { pub: 'endpoint_public_access', priv: 'endpoint_private_access', cidrs: 'public_access_cidrs' }),
        secretsKmsKeyArn: key,
        enabledLogTypes: strings(v.enabled_cluster_log_types),
      },
    },
  ]
}

/** 'uses-kms-key' to the key's uid or ARN, when known. */
function kmsRelation(key: Maybe<string | null>, ctx: AdaptContext): { kind: string; target: string }[] {
  if (isUnknown(key) || key === null) return []
  const declared = ctx.resources.find((r) => ctx.uidOf(r) === key)
  return declared || key.startsWith('arn:') ? [{ kind: 'uses-kms-key', target: key }] : []
}

/** CloudFormation Logging.ClusterLogging.EnabledTypes: [{Type}]. */
function cfnLogTypes(logging: unknown): Maybe<string[]> {
  const l = obj(logging)
  if (isUnknown(l)) return l
  const cl = obj(l?.ClusterLogging)
  if (isUnknown(cl)) return cl
  const types = list(cl?.EnabledTypes)
  if (isUnknown(types)) return types
  const out: string[] = []
  for (const t of types) {
    const o = obj(t)
    const type = isUnknown(o) ? o : str(o?.Type, null)
    if (isUnknown(type)) return type
    if (type) out.push(type)
  }
  return out
}

function cfnCluster(r: IacResource, ctx: AdaptContext): AdaptedResource<EksClusterAttributes>[] {
  const v = r.values
  const clusterName = nameOf(r, 'Name')
  const enc = list(v.EncryptionConfig)
  let entries: Maybe<{ resources: unknown; key: unknown }[]>
  if (isUnknown(enc)) entries = enc
  else {
    entries = []
    for (const e of enc) {
      const o = obj(e)
      const provider = isUnknown(o) ? o : obj(o?.Provider)
      if (isUnknown(provider)) {
        entries = provider
        break
      }
      entries.push({ resources: (o as Values | null)?.Resources, key: provider?.KeyArn })
    }
  }
  const key = secretsKey(entries, ctx)
  return [
    {
      type: AWS.eksCluster,
      name: clusterName,
      tags: cfnTags(v),
      relations: [...relationTo('uses-role', v.RoleArn, ctx), ...kmsRelation(key, ctx)],
      attributes: {
        clusterName,
        version: version(v.Version),
        ...endpoints(obj(v.ResourcesVpcConfig), { pub: 'EndpointPublicAccess', priv: 'EndpointPrivateAccess', cidrs: 'PublicAccessCidrs' }),
        secretsKmsKeyArn: key,
        enabledLogTypes: cfnLogTypes(v.Logging),
      },
    },
  ]
}

/** remoteAccess from a node group's remote access block/object; null when none is written. */
function remoteAccess(ra: Maybe<Values | null>, keyField: string, sgField: string, ctx: AdaptContext): EksNodegroupAttributes['remoteAccess'] {
  if (isUnknown(ra) || ra === null) return ra
  const sshKey = idOf(ra[keyField], ctx)
  const groups = idsOf(ra[sgField], ctx)
  if (isUnknown(sshKey)) return sshKey
  if (isUnknown(groups)) return groups
  return { ec2SshKey: sshKey, sourceSecurityGroups: groups }
}

function nodegroup(
  r: IacResource,
  ctx: AdaptContext,
  fields: { name: string; cluster: unknown; clusterNameField: string; role: unknown; remote: EksNodegroupAttributes['remoteAccess'] },
  tags: Record<string, string>,
): AdaptedResource<EksNodegroupAttributes>[] {
  const cn = referencedName(fields.cluster, ctx, fields.clusterNameField)
  const clusterName = isUnknown(cn) || cn === null ? '(known after apply)' : cn
  return [
    {
      type: AWS.eksNodegroup,
      name: `${clusterName}/${fields.name}`,
      tags,
      relations: [...relationTo('in-cluster', fields.cluster, ctx), ...relationTo('uses-role', fields.role, ctx)],
      attributes: { nodegroupName: fields.name, clusterName, remoteAccess: fields.remote },
    },
  ]
}

function tfNodegroup(r: IacResource, ctx: AdaptContext): AdaptedResource<EksNodegroupAttributes>[] {
  const v = r.values
  const remote = remoteAccess(block(v, 'remote_access'), 'ec2_ssh_key', 'source_security_group_ids', ctx)
  return nodegroup(
    r,
    ctx,
    { name: nameOf(r, 'node_group_name'), cluster: v.cluster_name, clusterNameField: 'name', role: v.node_role_arn, remote },
    tfTags(v),
  )
}

function cfnNodegroup(r: IacResource, ctx: AdaptContext): AdaptedResource<EksNodegroupAttributes>[] {
  const v = r.values
  const remote = remoteAccess(obj(v.RemoteAccess), 'Ec2SshKey', 'SourceSecurityGroups', ctx)
  return nodegroup(
    r,
    ctx,
    { name: nameOf(r, 'NodegroupName'), cluster: v.ClusterName, clusterNameField: 'Name', role: v.NodeRole, remote },
    cfnTags(v),
  )
}

/** EKS adapters (Terraform and CloudFormation). */
export const eksAdapters: Adapter[] = [
  { language: 'terraform', types: ['aws_eks_cluster'], produces: [AWS.eksCluster], adapt: tfCluster },
  { language: 'terraform', types: ['aws_eks_node_group'], produces: [AWS.eksNodegroup], adapt: tfNodegroup },
  { language: 'cloudformation', types: ['AWS::EKS::Cluster'], produces: [AWS.eksCluster], adapt: cfnCluster },
  { language: 'cloudformation', types: ['AWS::EKS::Nodegroup'], produces: [AWS.eksNodegroup], adapt: cfnNodegroup },
]
