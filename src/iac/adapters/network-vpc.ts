/**
 * VPCs (with the flow logs that target them) and network ACLs (with their entries) from code.
 *
 * A new network ACL holds only the final "*" rules that deny everything (https://docs.aws.amazon.com/vpc/latest/userguide/nacl-rules.html);
 * Terraform's aws_default_network_acl removes every entry of the default ACL that the code does not declare
 * (https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/default_network_acl).
 */
import { isUnknown, type Maybe } from '../../core/unknown.js'
import { normalizeProtocol } from '../../normalize/aws/ec2-network.js'
import { AWS, type FlowLog, type NaclEntry, type NetworkAclAttributes, type SubnetAttributes, type VpcAttributes } from '../../normalize/aws/types.js'
import { partsAdapter, type AdaptContext, type AdaptedResource, type Adapter, type IacResource } from '../model.js'
import { blocks, bool, cfnTags, num, str, tfTags, withUnknowns } from './values.js'
import { cfnObj, deref, displayId, idList, idOf, splitKnown } from './network-common.js'

/** The rule AWS puts last in every ACL, in each direction: deny all IPv4 traffic. */
function denyAll(egress: boolean): NaclEntry {
  return { ruleNumber: 32767, egress, action: 'deny', protocol: '-1', cidrIpv4: '0.0.0.0/0', fromPort: null, toPort: null }
}

interface EntryFields {
  ruleNumber: unknown
  egress: boolean
  action: unknown
  protocol: unknown
  cidr: unknown
  ipv6: unknown
  from: unknown
  to: unknown
}

/** One ACL entry; fields code cannot state throw NotCollectedError when a check reads them. */
function entry(ctx: AdaptContext, f: EntryFields): NaclEntry {
  const protocolText = str(deref(ctx, f.protocol), '-1')
  const protocol = isUnknown(protocolText) ? protocolText : normalizeProtocol(protocolText) === 'all' ? '-1' : normalizeProtocol(protocolText)
  // Ports apply to TCP and UDP only (NetworkAclEntry.PortRange); Terraform requires 0/0 for "all".
  const ported = protocol === 'tcp' || protocol === 'udp' || isUnknown(protocol)
  const action = str(f.action, 'deny')
  const cidr = str(deref(ctx, f.cidr), null)
  const ipv6 = str(deref(ctx, f.ipv6), null)
  const { known, unknowns } = splitKnown<Record<string, unknown>>(
    {
      ruleNumber: num(f.ruleNumber, 0),
      protocol,
      action: isUnknown(action) ? action : action.toLowerCase() === 'allow' ? 'allow' : 'deny',
      fromPort: ported ? num(deref(ctx, f.from), null) : null,
      toPort: ported ? num(deref(ctx, f.to), null) : null,
      ...(cidr !== null ? { cidrIpv4: cidr } : {}),
      ...(ipv6 !== null ? { cidrIpv6: ipv6 } : {}),
    },
    { ruleNumber: 0, protocol: '-1', action: 'deny', fromPort: null, toPort: null },
  )
  return withUnknowns({ ...known, egress: f.egress } as unknown as NaclEntry, unknowns)
}

/** Entries sorted as AWS evaluates them (known rule numbers; an unknown one sorts last). */
function sorted(entries: NaclEntry[]): NaclEntry[] {
  const key = (e: NaclEntry) => {
    const d = Object.getOwnPropertyDescriptor(e, 'ruleNumber')
    return d?.get ? Number.MAX_SAFE_INTEGER : e.ruleNumber
  }
  return entries.sort((a, b) => Number(a.egress) - Number(b.egress) || key(a) - key(b))
}

function tfEntries(ctx: AdaptContext, acl: IacResource): Maybe<NaclEntry[]> {
  const out: NaclEntry[] = [denyAll(false), denyAll(true)]
  for (const direction of ['ingress', 'egress'] as const) {
    const list = blocks(acl.values, direction)
    if (isUnknown(list)) return list
    for (const b of list) {
      out.push(
        entry(ctx, {
          ruleNumber: b.rule_no,
          egress: direction === 'egress',
          action: b.action,
          protocol: b.protocol,
          cidr: b.cidr_block,
          ipv6: b.ipv6_cidr_block,
          from: b.from_port,
          to: b.to_port,
        }),
      )
    }
  }
  for (const r of ctx.referencing('aws_network_acl_rule', 'network_acl_id', acl)) {
    const v = r.values
    const egress = bool(v.egress, false)
    out.push(
      entry(ctx, {
        ruleNumber: v.rule_number,
        egress: egress === true,
        action: v.rule_action,
        protocol: v.protocol,
        cidr: v.cidr_block,
        ipv6: v.ipv6_cidr_block,
        from: v.from_port,
        to: v.to_port,
      }),
    )
  }
  return out
}

/** Entries of an ACL whose entry list cannot be read: every field throws NotCollectedError. */
function unknownEntries(u: ReturnType<typeof blocks>): NaclEntry[] {
  if (!isUnknown(u)) return []
  return [withUnknowns({ egress: false } as unknown as NaclEntry, { ruleNumber: u, protocol: u, action: u, fromPort: u, toPort: u, cidrIpv4: u })]
}

function tfAcl(r: IacResource, ctx: AdaptContext, isDefault: boolean): AdaptedResource<NetworkAclAttributes>[] {
  const v = r.values
  // aws_default_network_acl names its ACL through the VPC: default_network_acl_id = aws_vpc.x.default_network_acl_id.
  const vpc = isDefault ? ctx.resolve(v.default_network_acl_id) : ctx.resolve(v.vpc_id)
  const vpcId = vpc ? ctx.uidOf(vpc) : (idOf(ctx, v.vpc_id) ?? '')
  const entries = tfEntries(ctx, r)
  const listed = idList(ctx, v.subnet_ids)
  const associated = ctx.referencing('aws_network_acl_association', 'network_acl_id', r).map((a) => idOf(ctx, a.values.subnet_id))
  const subnets = [...(isUnknown(listed) ? [] : listed), ...associated.filter((s): s is string => s !== null)]
  return [
    {
      type: AWS.ec2NetworkAcl,
      name: tfTags(v).Name ?? r.address,
      tags: tfTags(v),
      attributes: {
        networkAclId: r.address,
        vpcId,
        isDefault,
        entries: isUnknown(entries) ? unknownEntries(entries) : sorted(entries),
        subnetIds: subnets,
      },
      relations: vpcId ? [{ kind: 'in-vpc', target: vpcId }] : [],
    },
  ]
}

function cfnAcl(r: IacResource, ctx: AdaptContext): AdaptedResource<NetworkAclAttributes>[] {
  const v = r.values
  const vpc = ctx.resolve(v.VpcId)
  const vpcId = vpc ? ctx.uidOf(vpc) : (idOf(ctx, v.VpcId) ?? '')
  const entries: NaclEntry[] = [denyAll(false), denyAll(true)]
  for (const e of ctx.ofType('AWS::EC2::NetworkAclEntry').filter((x) => ctx.resolve(x.values.NetworkAclId) === r)) {
    const ev = e.values
    const range = cfnObj(ev.PortRange)
    const egress = bool(ev.Egress, false)
    entries.push(
      entry(ctx, {
        ruleNumber: ev.RuleNumber,
        egress: egress === true,
        action: ev.RuleAction,
        protocol: ev.Protocol,
        cidr: ev.CidrBlock,
        ipv6: ev.Ipv6CidrBlock,
        from: isUnknown(range) ? range : range?.From,
        to: isUnknown(range) ? range : range?.To,
      }),
    )
  }
  const subnets = ctx
    .ofType('AWS::EC2::SubnetNetworkAclAssociation')
    .filter((x) => ctx.resolve(x.values.NetworkAclId) === r)
    .map((x) => idOf(ctx, x.values.SubnetId))
    .filter((s): s is string => s !== null)
  return [
    {
      type: AWS.ec2NetworkAcl,
      name: cfnTags(v).Name ?? r.address,
      tags: cfnTags(v),
      attributes: { networkAclId: r.address, vpcId, isDefault: false, entries: sorted(entries), subnetIds: subnets },
      relations: vpcId ? [{ kind: 'in-vpc', target: vpcId }] : [],
    },
  ]
}

// ---------------------------------------------------------------- VPC and flow logs

/**
 * A flow log as declared. Its delivery status exists only once created; a flow log is created ACTIVE and the check
 * counts an unreported status as active, so none is invented here.
 */
function flowLog(r: IacResource, trafficType: unknown, destinationType: unknown, dfltDestination: string): FlowLog {
  const traffic = str(trafficType, '')
  const destination = str(destinationType, dfltDestination)
  return {
    id: r.address,
    status: '',
    trafficType: typeof traffic === 'string' ? traffic : '',
    destinationType: typeof destination === 'string' ? destination : '',
  }
}

function tfVpc(r: IacResource, ctx: AdaptContext, isDefault: boolean): AdaptedResource<VpcAttributes>[] {
  const v = r.values
  // log_destination_type defaults to cloud-watch-logs (aws_flow_log argument reference).
  const logs = ctx
    .referencing('aws_flow_log', 'vpc_id', r)
    .map((f) => flowLog(f, f.values.traffic_type, f.values.log_destination_type, 'cloud-watch-logs'))
  const cidr = str(v.cidr_block, '')
  return [
    {
      type: AWS.ec2Vpc,
      name: tfTags(v).Name ?? r.address,
      tags: tfTags(v),
      attributes: { vpcId: r.address, cidrBlock: typeof cidr === 'string' ? cidr : '', isDefault, flowLogs: logs },
    },
  ]
}

function cfnVpc(r: IacResource, ctx: AdaptContext): AdaptedResource<VpcAttributes>[] {
  const v = r.values
  const logs = ctx
    .ofType('AWS::EC2::FlowLog')
    .filter((f) => ctx.resolve(f.values.ResourceId) === r)
    .map((f) => flowLog(f, f.values.TrafficType, f.values.LogDestinationType, 'cloud-watch-logs'))
  const cidr = str(v.CidrBlock, '')
  return [
    {
      type: AWS.ec2Vpc,
      name: cfnTags(v).Name ?? displayId(r, null),
      tags: cfnTags(v),
      attributes: { vpcId: r.address, cidrBlock: typeof cidr === 'string' ? cidr : '', isDefault: false, flowLogs: logs },
    },
  ]
}

/** A subnet (aws_subnet, aws_default_subnet, AWS::EC2::Subnet); map_public_ip_on_launch defaults to false except in default subnets. */
function subnet(
  r: IacResource,
  ctx: AdaptContext,
  f: { vpc: unknown; cidr: unknown; az: unknown; mapPublic: unknown },
  isDefault: boolean,
  tags: Record<string, string>,
): AdaptedResource<SubnetAttributes>[] {
  const vpc = ctx.resolve(f.vpc)
  const vpcId = vpc ? ctx.uidOf(vpc) : (idOf(ctx, f.vpc) ?? '')
  const cidr = str(f.cidr, '')
  const az = str(f.az, '')
  const mapPublic = bool(f.mapPublic, isDefault)
  const attributes: SubnetAttributes = {
    subnetId: r.address,
    vpcId,
    cidrBlock: typeof cidr === 'string' ? cidr : '',
    availabilityZone: typeof az === 'string' ? az : '',
    mapPublicIpOnLaunch: mapPublic === true,
  }
  return [
    {
      type: AWS.ec2Subnet,
      name: tags.Name ?? r.address,
      tags,
      attributes: isUnknown(mapPublic) ? withUnknowns(attributes, { mapPublicIpOnLaunch: mapPublic }) : attributes,
      relations: vpcId ? [{ kind: 'in-vpc', target: vpcId }] : [],
    },
  ]
}

function tfSubnet(r: IacResource, ctx: AdaptContext, isDefault: boolean): AdaptedResource<SubnetAttributes>[] {
  const v = r.values
  return subnet(r, ctx, { vpc: v.vpc_id, cidr: v.cidr_block, az: v.availability_zone, mapPublic: v.map_public_ip_on_launch }, isDefault, tfTags(v))
}

function cfnSubnet(r: IacResource, ctx: AdaptContext): AdaptedResource<SubnetAttributes>[] {
  const v = r.values
  return subnet(r, ctx, { vpc: v.VpcId, cidr: v.CidrBlock, az: v.AvailabilityZone, mapPublic: v.MapPublicIpOnLaunch }, false, cfnTags(v))
}

/** VPC and network ACL adapters (Terraform and CloudFormation). */
export const vpcAdapters: Adapter[] = [
  { language: 'terraform', types: ['aws_vpc'], produces: [AWS.ec2Vpc], adapt: (r, ctx) => tfVpc(r, ctx, false) },
  { language: 'terraform', types: ['aws_default_vpc'], produces: [AWS.ec2Vpc], adapt: (r, ctx) => tfVpc(r, ctx, true) },
  { language: 'terraform', types: ['aws_network_acl'], produces: [AWS.ec2NetworkAcl], adapt: (r, ctx) => tfAcl(r, ctx, false) },
  { language: 'terraform', types: ['aws_default_network_acl'], produces: [AWS.ec2NetworkAcl], adapt: (r, ctx) => tfAcl(r, ctx, true) },
  { language: 'terraform', types: ['aws_subnet'], produces: [AWS.ec2Subnet], adapt: (r, ctx) => tfSubnet(r, ctx, false) },
  { language: 'terraform', types: ['aws_default_subnet'], produces: [AWS.ec2Subnet], adapt: (r, ctx) => tfSubnet(r, ctx, true) },
  { language: 'cloudformation', types: ['AWS::EC2::VPC'], produces: [AWS.ec2Vpc], adapt: cfnVpc },
  { language: 'cloudformation', types: ['AWS::EC2::Subnet'], produces: [AWS.ec2Subnet], adapt: cfnSubnet },
  { language: 'cloudformation', types: ['AWS::EC2::NetworkAcl'], produces: [AWS.ec2NetworkAcl], adapt: cfnAcl },
  partsAdapter('terraform', ['aws_flow_log', 'aws_network_acl_rule', 'aws_network_acl_association']),
  partsAdapter('cloudformation', ['AWS::EC2::FlowLog', 'AWS::EC2::NetworkAclEntry', 'AWS::EC2::SubnetNetworkAclAssociation']),
]
