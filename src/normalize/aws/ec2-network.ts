import type { Relation, Resource } from '../../core/resource.js'
import { unknown, type Maybe } from '../../core/unknown.js'
import type { Ec2NetworkRaw, IpPermission, NetworkAcl, NetworkAclEntry, SecurityGroup, Subnet, Vpc } from '../../collect/aws/ec2-network.js'
import { ec2Arn, type Ec2ArnKind } from '../../collect/aws/ec2-arn.js'
import {
  AWS,
  type FlowLog,
  type NaclEntry,
  type NetworkAclAttributes,
  type SecurityGroupAttributes,
  type SgRule,
  type SubnetAttributes,
  type VpcAttributes,
} from './types.js'
import { awsResource, tagsOf, type NormalizeScope } from './helpers.js'

/** Protocol names for the IANA numbers EC2 accepts in place of them; '-1' (all protocols) is kept as is. */
const PROTOCOL_NAMES: Record<string, string> = { '1': 'icmp', '6': 'tcp', '17': 'udp', '58': 'icmpv6' }

/** EC2 protocol as Posture spells it: 'tcp', 'udp', 'icmp', 'icmpv6', '-1' for all, otherwise the IANA number. */
export function normalizeProtocol(protocol: string | undefined): string {
  // Rules and NACL entries may carry a number (NACLs always do): NetworkAclEntry.Protocol, IpPermission.IpProtocol.
  const p = (protocol ?? '-1').toLowerCase()
  return PROTOCOL_NAMES[p] ?? p
}

/** Name tag, else the id (the console's "Name" column). */
export function nameOf(tags: Record<string, string>, id: string): string {
  return tags.Name || id
}

/** The fields every regional EC2 resource shares: its ARN as uid, the scope's account and region, tags, Name tag (else id) as name. */
export function ec2Envelope(
  scope: NormalizeScope,
  kind: Ec2ArnKind,
  type: string,
  id: string,
  tagList: readonly { Key?: string; Value?: string }[] | undefined,
): Pick<Resource, 'uid' | 'type' | 'account' | 'region' | 'name' | 'tags'> {
  const tags = tagsOf(tagList)
  return { uid: ec2Arn(scope.region, scope.account, kind, id), type, account: scope.account, region: scope.region, name: nameOf(tags, id), tags }
}

/** An 'in-vpc' relation to VPC `vpcId` in the scope's region, or none when the resource is in no VPC. */
export function inVpc(scope: NormalizeScope, vpcId: string | null | undefined): Relation[] {
  return vpcId ? [{ kind: 'in-vpc', target: ec2Arn(scope.region, scope.account, 'vpc', vpcId) }] : []
}

/** One IpPermission → one SgRule per IPv4 range, IPv6 range, referenced group and prefix list. */
export function flattenPermission(p: IpPermission): SgRule[] {
  const protocol = normalizeProtocol(p.IpProtocol)
  // For '-1' AWS omits ports; for ICMP, FromPort/ToPort carry type and code (-1 = any), kept as given.
  const base = { protocol, fromPort: protocol === '-1' ? null : (p.FromPort ?? null), toPort: protocol === '-1' ? null : (p.ToPort ?? null) }
  const desc = (d: string | undefined) => (d ? { description: d } : {})
  return [
    ...(p.IpRanges ?? []).filter((r) => r.CidrIp).map((r) => ({ ...base, cidrIpv4: r.CidrIp, ...desc(r.Description) })),
    ...(p.Ipv6Ranges ?? []).filter((r) => r.CidrIpv6).map((r) => ({ ...base, cidrIpv6: r.CidrIpv6, ...desc(r.Description) })),
    ...(p.UserIdGroupPairs ?? []).filter((g) => g.GroupId).map((g) => ({ ...base, groupId: g.GroupId, ...desc(g.Description) })),
    ...(p.PrefixListIds ?? []).filter((l) => l.PrefixListId).map((l) => ({ ...base, prefixListId: l.PrefixListId, ...desc(l.Description) })),
  ]
}

/** Network interfaces per security group id, or Unknown when DescribeNetworkInterfaces failed. */
function eniCounts(raw: Ec2NetworkRaw['networkInterfaces']): Maybe<Map<string, number>> {
  if (!raw.ok) return unknown(`ec2:DescribeNetworkInterfaces: ${raw.reason}`)
  const counts = new Map<string, number>()
  for (const eni of raw.value) for (const g of eni.Groups ?? []) if (g.GroupId) counts.set(g.GroupId, (counts.get(g.GroupId) ?? 0) + 1)
  return counts
}

/** A security group → aws.ec2.security-group; rules flattened, relation 'in-vpc'. */
function securityGroup(sg: SecurityGroup, counts: Maybe<Map<string, number>>, scope: NormalizeScope): Resource<SecurityGroupAttributes> {
  const id = sg.GroupId ?? ''
  return awsResource<SecurityGroupAttributes>({
    ...ec2Envelope(scope, 'security-group', AWS.ec2SecurityGroup, id, sg.Tags),
    attributes: {
      groupId: id,
      groupName: sg.GroupName ?? '',
      vpcId: sg.VpcId ?? null,
      // Every VPC has exactly one group named "default", which cannot be deleted or renamed (VPC user guide,
      // "Default security groups for your VPCs").
      isDefault: sg.GroupName === 'default',
      ingress: (sg.IpPermissions ?? []).flatMap(flattenPermission),
      egress: (sg.IpPermissionsEgress ?? []).flatMap(flattenPermission),
      attachedEnis: counts instanceof Map ? (counts.get(id) ?? 0) : counts,
    },
    relations: inVpc(scope, sg.VpcId),
  })
}

/** One network ACL entry; ports only exist for TCP and UDP entries (NetworkAclEntry.PortRange). */
function naclEntry(e: NetworkAclEntry): NaclEntry {
  return {
    ruleNumber: e.RuleNumber ?? 0,
    egress: e.Egress ?? false,
    action: e.RuleAction === 'deny' ? 'deny' : 'allow',
    protocol: normalizeProtocol(e.Protocol),
    ...(e.CidrBlock ? { cidrIpv4: e.CidrBlock } : {}),
    ...(e.Ipv6CidrBlock ? { cidrIpv6: e.Ipv6CidrBlock } : {}),
    fromPort: e.PortRange?.From ?? null,
    toPort: e.PortRange?.To ?? null,
  }
}

/** A network ACL → aws.ec2.network-acl, entries sorted by rule number as AWS evaluates them; relation 'in-vpc'. */
function networkAcl(acl: NetworkAcl, scope: NormalizeScope): Resource<NetworkAclAttributes> {
  const id = acl.NetworkAclId ?? ''
  const vpcId = acl.VpcId ?? ''
  return awsResource<NetworkAclAttributes>({
    ...ec2Envelope(scope, 'network-acl', AWS.ec2NetworkAcl, id, acl.Tags),
    attributes: {
      networkAclId: id,
      vpcId,
      isDefault: acl.IsDefault ?? false,
      entries: (acl.Entries ?? []).map(naclEntry).sort((a, b) => Number(a.egress) - Number(b.egress) || a.ruleNumber - b.ruleNumber),
      subnetIds: (acl.Associations ?? []).map((a) => a.SubnetId).filter((s): s is string => !!s),
    },
    relations: inVpc(scope, vpcId),
  })
}

/** Flow logs per resource id (a VPC's own flow logs are those whose ResourceId is the VPC id). */
function flowLogsByResource(raw: Ec2NetworkRaw['flowLogs']): Maybe<Map<string, FlowLog[]>> {
  if (!raw.ok) return unknown(`ec2:DescribeFlowLogs: ${raw.reason}`)
  const byId = new Map<string, FlowLog[]>()
  for (const f of raw.value) {
    if (!f.ResourceId) continue
    const log: FlowLog = {
      id: f.FlowLogId ?? '',
      status: f.FlowLogStatus ?? '',
      trafficType: f.TrafficType ?? '',
      destinationType: f.LogDestinationType ?? '',
    }
    byId.set(f.ResourceId, [...(byId.get(f.ResourceId) ?? []), log])
  }
  return byId
}

/** A VPC → aws.ec2.vpc with its flow logs. */
function vpc(v: Vpc, flowLogs: Maybe<Map<string, FlowLog[]>>, scope: NormalizeScope): Resource<VpcAttributes> {
  const id = v.VpcId ?? ''
  return awsResource<VpcAttributes>({
    ...ec2Envelope(scope, 'vpc', AWS.ec2Vpc, id, v.Tags),
    attributes: {
      vpcId: id,
      cidrBlock: v.CidrBlock ?? '',
      isDefault: v.IsDefault ?? false,
      flowLogs: flowLogs instanceof Map ? (flowLogs.get(id) ?? []) : flowLogs,
    },
  })
}

/** A subnet → aws.ec2.subnet; relation 'in-vpc'. */
function subnet(s: Subnet, scope: NormalizeScope): Resource<SubnetAttributes> {
  const id = s.SubnetId ?? ''
  const vpcId = s.VpcId ?? ''
  return awsResource<SubnetAttributes>({
    ...ec2Envelope(scope, 'subnet', AWS.ec2Subnet, id, s.Tags),
    attributes: {
      subnetId: id,
      vpcId,
      cidrBlock: s.CidrBlock ?? '',
      availabilityZone: s.AvailabilityZone ?? '',
      mapPublicIpOnLaunch: s.MapPublicIpOnLaunch ?? false,
    },
    relations: inVpc(scope, vpcId),
  })
}

/** Security groups, network ACLs, VPCs and subnets of one region. */
export function normalizeEc2Network(raw: Ec2NetworkRaw, scope: NormalizeScope): Resource[] {
  const counts = eniCounts(raw.networkInterfaces)
  const flowLogs = flowLogsByResource(raw.flowLogs)
  return [
    ...raw.securityGroups.map((sg) => securityGroup(sg, counts, scope)),
    ...raw.networkAcls.map((acl) => networkAcl(acl, scope)),
    ...raw.vpcs.map((v) => vpc(v, flowLogs, scope)),
    ...raw.subnets.map((s) => subnet(s, scope)),
  ] as Resource[]
}
