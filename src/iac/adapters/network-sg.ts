/**
 * Security groups from code, with every rule that configures them folded in: Terraform inline `ingress`/`egress`
 * blocks, `aws_security_group_rule` and `aws_vpc_security_group_ingress_rule`/`_egress_rule`; CloudFormation
 * `SecurityGroupIngress`/`SecurityGroupEgress` properties and the standalone `AWS::EC2::SecurityGroupIngress`/`Egress`.
 * Rules are flattened to one SgRule per CIDR, group or prefix list, as the live normalizer does.
 *
 * Egress defaults differ by tool: Terraform removes the allow-all egress rule AWS adds to a new group ("NOTE on Egress
 * rules", https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/security_group), and removes
 * every rule of the default group it adopts (aws_default_security_group); CloudFormation keeps the allow-all egress
 * unless SecurityGroupEgress is given (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-securitygroup.html).
 */
import { isUnknown, unknown, type Maybe } from '../../core/unknown.js'
import { normalizeProtocol } from '../../normalize/aws/ec2-network.js'
import { AWS, type SecurityGroupAttributes, type SgRule } from '../../normalize/aws/types.js'
import { notInCode, partsAdapter, type AdaptContext, type AdaptedResource, type Adapter, type IacResource } from '../model.js'
import { blocks, cfnTags, isUnset, num, str, tfTags, withUnknowns } from './values.js'
import { deref, displayId, idOf, splitKnown } from './network-common.js'

type Values = Readonly<Record<string, unknown>>
type Source = 'cidrIpv4' | 'cidrIpv6' | 'groupId' | 'prefixListId'

/** Protocol, ports and description shared by the rules one declaration expands to. */
interface RuleBase {
  protocol: Maybe<string>
  fromPort: Maybe<number | null>
  toPort: Maybe<number | null>
  description?: string
}

/** EC2 protocol as the live normalizer spells it; Terraform also accepts "all" for every protocol. */
function protocolOf(v: unknown): Maybe<string> {
  const p = str(v, '-1')
  if (isUnknown(p)) return p
  const n = normalizeProtocol(p)
  return n === 'all' ? '-1' : n
}

function ruleBase(ctx: AdaptContext, protocol: unknown, from: unknown, to: unknown, description: unknown): RuleBase {
  const p = protocolOf(deref(ctx, protocol))
  // For all protocols AWS ignores the ports and reports none.
  const all = p === '-1'
  const d = str(description, null)
  return {
    protocol: p,
    fromPort: all ? null : num(deref(ctx, from), null),
    toPort: all ? null : num(deref(ctx, to), null),
    ...(typeof d === 'string' && d !== '' ? { description: d } : {}),
  }
}

/** One SgRule; fields code cannot state are left to throw NotCollectedError when a check reads them. */
function rule(base: RuleBase, source: Source, value: Maybe<string>): SgRule {
  const { known, unknowns } = splitKnown<Record<string, unknown>>(
    { protocol: base.protocol, fromPort: base.fromPort, toPort: base.toPort, [source]: value },
    { protocol: '-1', fromPort: null, toPort: null },
  )
  return withUnknowns({ ...known, ...(base.description ? { description: base.description } : {}) } as unknown as SgRule, unknowns)
}

/** Rules for a list of CIDRs (each element may be a literal, a reference to a literal, or unknown). */
function cidrRules(ctx: AdaptContext, base: RuleBase, source: Source, list: unknown): SgRule[] {
  if (isUnset(list)) return []
  const items = Array.isArray(list) ? list : [list]
  return items.map((item) => rule(base, source, str(deref(ctx, item), null) as Maybe<string>)).filter((r) => hasSource(r, source))
}

/** False for a rule whose (known) source is an empty value. */
function hasSource(r: SgRule, source: Source): boolean {
  const d = Object.getOwnPropertyDescriptor(r, source)
  return d !== undefined && (d.get !== undefined || (d.value !== null && d.value !== ''))
}

/** Rules naming other groups or prefix lists (ids, declared resources' uids). */
function refRules(ctx: AdaptContext, base: RuleBase, source: 'groupId' | 'prefixListId', list: unknown): SgRule[] {
  if (isUnset(list)) return []
  const items = Array.isArray(list) ? list : [list]
  return items.flatMap((item) => {
    const id = idOf(ctx, item)
    return id === null ? [] : [rule(base, source, id)]
  })
}

/**
 * The rules of one Terraform declaration: an inline `ingress {}` / `egress {}` block, an aws_security_group_rule,
 * or an aws_vpc_security_group_ingress_rule / _egress_rule (whose fields have other names).
 */
function tfDeclaredRules(ctx: AdaptContext, sg: IacResource, v: Values, kind: 'inline' | 'rule' | 'vpc'): SgRule[] {
  const vpc = kind === 'vpc'
  const base = ruleBase(ctx, vpc ? v.ip_protocol : v.protocol, v.from_port, v.to_port, v.description)
  const groups = kind === 'inline' ? v.security_groups : kind === 'rule' ? v.source_security_group_id : v.referenced_security_group_id
  return [
    ...cidrRules(ctx, base, 'cidrIpv4', vpc ? v.cidr_ipv4 : v.cidr_blocks),
    ...cidrRules(ctx, base, 'cidrIpv6', vpc ? v.cidr_ipv6 : v.ipv6_cidr_blocks),
    ...refRules(ctx, base, 'groupId', groups),
    ...(v.self === true ? [rule(base, 'groupId', ctx.uidOf(sg))] : []),
    ...refRules(ctx, base, 'prefixListId', vpc ? v.prefix_list_id : v.prefix_list_ids),
  ]
}

function tfRules(ctx: AdaptContext, sg: IacResource, direction: 'ingress' | 'egress'): Maybe<SgRule[]> {
  const inline = blocks(sg.values, direction)
  if (isUnknown(inline)) return inline
  const out = inline.flatMap((b) => tfDeclaredRules(ctx, sg, b, 'inline'))
  for (const r of ctx.referencing('aws_security_group_rule', 'security_group_id', sg)) {
    if (r.values.type === direction) out.push(...tfDeclaredRules(ctx, sg, r.values, 'rule'))
  }
  for (const r of ctx.referencing(`aws_vpc_security_group_${direction}_rule`, 'security_group_id', sg)) {
    out.push(...tfDeclaredRules(ctx, sg, r.values, 'vpc'))
  }
  return out
}

/**
 * A dynamic block over an unknown collection leaves the whole rule list unknown: every rule-reading check is then not
 * evaluated, through a rule whose fields all throw NotCollectedError.
 */
function orUnknownRule(rules: Maybe<SgRule[]>): SgRule[] {
  if (!isUnknown(rules)) return rules
  return [rule({ protocol: rules, fromPort: rules, toPort: rules }, 'cidrIpv4', rules)]
}

function tfGroup(r: IacResource, ctx: AdaptContext, isDefault: boolean): AdaptedResource<SecurityGroupAttributes>[] {
  const v = r.values
  const name = isDefault ? 'default' : str(v.name, null)
  const groupName = typeof name === 'string' ? name : r.address
  const vpc = ctx.resolve(v.vpc_id)
  const vpcId = vpc ? ctx.uidOf(vpc) : idOf(ctx, v.vpc_id)
  return [
    {
      type: AWS.ec2SecurityGroup,
      name: tfTags(v).Name ?? displayId(r, name),
      tags: tfTags(v),
      attributes: {
        groupId: r.address,
        groupName,
        vpcId,
        isDefault,
        ingress: orUnknownRule(tfRules(ctx, r, 'ingress')),
        egress: orUnknownRule(tfRules(ctx, r, 'egress')),
        attachedEnis: notInCode('network interfaces using the group'),
      },
      relations: vpcId ? [{ kind: 'in-vpc', target: vpcId }] : [],
    },
  ]
}

// ---------------------------------------------------------------- CloudFormation

const CFN_SOURCES: Record<string, Source> = {
  CidrIp: 'cidrIpv4',
  CidrIpv6: 'cidrIpv6',
  SourceSecurityGroupId: 'groupId',
  SourceSecurityGroupName: 'groupId',
  DestinationSecurityGroupId: 'groupId',
  SourcePrefixListId: 'prefixListId',
  DestinationPrefixListId: 'prefixListId',
}

/** One CloudFormation rule object (property entry or standalone resource). */
function cfnRule(ctx: AdaptContext, v: Values): SgRule[] {
  const base = ruleBase(ctx, v.IpProtocol, v.FromPort, v.ToPort, v.Description)
  return Object.entries(CFN_SOURCES).flatMap(([key, source]) =>
    source === 'cidrIpv4' || source === 'cidrIpv6' ? cidrRules(ctx, base, source, v[key]) : refRules(ctx, base, source, v[key]),
  )
}

function cfnRules(ctx: AdaptContext, sg: IacResource, property: string, standalone: string): Maybe<SgRule[]> | null {
  const prop = sg.values[property]
  let out: SgRule[] | null = null
  if (!isUnset(prop)) {
    if (isUnknown(prop)) return prop
    if (!Array.isArray(prop)) return unknown(`${property} is not a list`)
    out = []
    for (const entry of prop) {
      if (isUnknown(entry)) return entry
      if (typeof entry === 'object' && entry !== null) out.push(...cfnRule(ctx, entry as Values))
    }
  }
  const extra = ctx.ofType(standalone).filter((x) => ctx.resolve(x.values.GroupId) === sg || ctx.resolve(x.values.GroupName) === sg)
  if (extra.length > 0) out = [...(out ?? []), ...extra.flatMap((x) => cfnRule(ctx, x.values))]
  return out
}

/** The egress rule AWS creates in every new VPC security group (all protocols to 0.0.0.0/0). */
const ALLOW_ALL_EGRESS: SgRule = { protocol: '-1', fromPort: null, toPort: null, cidrIpv4: '0.0.0.0/0' }

function cfnGroup(r: IacResource, ctx: AdaptContext): AdaptedResource<SecurityGroupAttributes>[] {
  const v = r.values
  const name = str(v.GroupName, null)
  const vpc = ctx.resolve(v.VpcId)
  const vpcId = vpc ? ctx.uidOf(vpc) : idOf(ctx, v.VpcId)
  const ingress = cfnRules(ctx, r, 'SecurityGroupIngress', 'AWS::EC2::SecurityGroupIngress')
  const declaredEgress = cfnRules(ctx, r, 'SecurityGroupEgress', 'AWS::EC2::SecurityGroupEgress')
  // Standalone egress resources add to the default rule; only the SecurityGroupEgress property replaces it.
  let egress: Maybe<SgRule[]> = declaredEgress ?? []
  if (!isUnknown(egress) && isUnset(v.SecurityGroupEgress)) egress = [ALLOW_ALL_EGRESS, ...egress]
  return [
    {
      type: AWS.ec2SecurityGroup,
      name: cfnTags(v).Name ?? displayId(r, name),
      tags: cfnTags(v),
      attributes: {
        groupId: r.address,
        groupName: typeof name === 'string' ? name : r.address,
        vpcId,
        isDefault: false,
        ingress: orUnknownRule(ingress ?? []),
        egress: orUnknownRule(egress),
        attachedEnis: notInCode('network interfaces using the group'),
      },
      relations: vpcId ? [{ kind: 'in-vpc', target: vpcId }] : [],
    },
  ]
}

/** Security group adapters (Terraform and CloudFormation). */
export const securityGroupAdapters: Adapter[] = [
  { language: 'terraform', types: ['aws_security_group'], produces: [AWS.ec2SecurityGroup], adapt: (r, ctx) => tfGroup(r, ctx, false) },
  { language: 'terraform', types: ['aws_default_security_group'], produces: [AWS.ec2SecurityGroup], adapt: (r, ctx) => tfGroup(r, ctx, true) },
  { language: 'cloudformation', types: ['AWS::EC2::SecurityGroup'], produces: [AWS.ec2SecurityGroup], adapt: cfnGroup },
  partsAdapter('terraform', ['aws_security_group_rule', 'aws_vpc_security_group_ingress_rule', 'aws_vpc_security_group_egress_rule']),
  partsAdapter('cloudformation', ['AWS::EC2::SecurityGroupIngress', 'AWS::EC2::SecurityGroupEgress']),
]
