/**
 * EC2 instances from code (aws_instance, AWS::EC2::Instance).
 *
 * Left out in code:
 * - metadata options: HttpTokens defaults to optional (IMDSv1 allowed) and HttpEndpoint to enabled
 *   (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_InstanceMetadataOptionsRequest.html); an AMI flagged
 *   ImdsSupport v2.0 or an account default can require tokens, which code does not state — the launch template and
 *   launch configuration checks judge an unset HttpTokens the same way;
 * - public IPv4: an instance launched without a subnet goes to the default subnet of the default VPC, which assigns
 *   public addresses (https://docs.aws.amazon.com/vpc/latest/userguide/default-vpc.html); in a subnet declared in code,
 *   its map_public_ip_on_launch (default false) decides; in any other subnet it is not known from code.
 * An instance is created running unless an aws_ec2_instance_state resource stops it.
 */
import { isUnknown, type Maybe } from '../../core/unknown.js'
import { AWS, type InstanceAttributes } from '../../normalize/aws/types.js'
import { afterApply, notInCode, partsAdapter, type AdaptContext, type AdaptedResource, type Adapter, type IacResource } from '../model.js'
import { block, blocks, bool, cfnTags, isUnset, num, str, tfTags, withUnknowns } from './values.js'
import { cfnList, cfnObj, idList, idOf, refText, splitKnown, userDataHits } from './network-common.js'
import { tfUserData } from './network-launch.js'

type Values = Readonly<Record<string, unknown>>
type Relation = { kind: string; target: string }

/** Instance metadata options as the instance will run with them. */
function metadata(m: Maybe<Values | null>, tokens: string, endpoint: string, hops: string): Maybe<InstanceAttributes['metadataOptions']> {
  if (isUnknown(m)) return m
  const t = str(m?.[tokens], 'optional')
  const e = str(m?.[endpoint], 'enabled')
  const h = num(m?.[hops], null)
  if (isUnknown(t)) return t
  if (isUnknown(e)) return e
  return {
    httpTokens: t === 'required' ? 'required' : 'optional',
    httpEndpoint: e === 'disabled' ? 'disabled' : 'enabled',
    httpPutResponseHopLimit: typeof h === 'number' ? h : null,
  }
}

/** Types and fields that name the subnet, its public-IP flag, and the Elastic IP resources of each language. */
interface Lang {
  subnets: string[]
  mapPublicIp: string
  eips: { type: string; field: string }[]
}
const TF: Lang = {
  subnets: ['aws_subnet', 'aws_default_subnet'],
  mapPublicIp: 'map_public_ip_on_launch',
  eips: [
    { type: 'aws_eip', field: 'instance' },
    { type: 'aws_eip_association', field: 'instance_id' },
  ],
}
const CFN: Lang = {
  subnets: ['AWS::EC2::Subnet'],
  mapPublicIp: 'MapPublicIpOnLaunch',
  eips: [
    { type: 'AWS::EC2::EIP', field: 'InstanceId' },
    { type: 'AWS::EC2::EIPAssociation', field: 'InstanceId' },
  ],
}

/** The public IPv4 address the instance will have (a description, since the address itself is assigned at launch). */
function publicIp(ctx: AdaptContext, r: IacResource, lang: Lang, associate: unknown, subnet: unknown, hasInterfaces: boolean): Maybe<string | null> {
  const eip = lang.eips.flatMap((e) => ctx.ofType(e.type).filter((x) => ctx.resolve(x.values[e.field]) === r))[0]
  if (eip) return `(Elastic IP ${eip.address})`
  const asked = bool(associate, null)
  if (isUnknown(asked)) return asked
  if (asked !== null) return asked ? '(assigned at launch: associate_public_ip_address)' : null
  if (hasInterfaces) return notInCode('whether the network interfaces attached to the instance have public addresses')
  if (isUnset(subnet)) return '(assigned at launch by the default subnet)'
  const declared = ctx.resolve(subnet)
  if (!declared || !lang.subnets.includes(declared.type)) return notInCode(`whether subnet ${refText(subnet)} assigns public IPv4 addresses`)
  // Default subnets assign public addresses unless changed; other subnets do not.
  const map = bool(declared.values[lang.mapPublicIp], declared.type === 'aws_default_subnet')
  if (isUnknown(map)) return map
  return map ? `(assigned at launch by subnet ${declared.address})` : null
}

/** The instance profile: a literal name, a declared profile's uid, or Unknown. */
function profile(ctx: AdaptContext, v: unknown): Maybe<string | null> {
  if (isUnset(v)) return null
  if (isUnknown(v)) return v
  return idOf(ctx, v)
}

/** Edges to security groups, subnet, VPC and instance profile declared in code (uids) or named by id. */
function relations(ctx: AdaptContext, groups: Maybe<string[]>, subnet: unknown, subnetVpcField: string, profileId: Maybe<string | null>): Relation[] {
  const out: Relation[] = isUnknown(groups) ? [] : groups.map((target) => ({ kind: 'uses-security-group', target }))
  const subnetId = idOf(ctx, subnet)
  if (subnetId) out.push({ kind: 'in-subnet', target: subnetId })
  const declared = ctx.resolve(subnet)
  const vpc = declared ? idOf(ctx, declared.values[subnetVpcField]) : null
  if (vpc) out.push({ kind: 'in-vpc', target: vpc })
  if (typeof profileId === 'string') out.push({ kind: 'uses-instance-profile', target: profileId })
  return out
}

function build(
  r: IacResource,
  base: Pick<InstanceAttributes, 'instanceId' | 'state' | 'instanceType' | 'imageId' | 'subnetId' | 'vpcId'>,
  maybe: {
    publicIp: Maybe<string | null>
    instanceProfileArn: Maybe<string | null>
    metadataOptions: Maybe<InstanceAttributes['metadataOptions']>
    securityGroupIds: Maybe<string[]>
  },
  userDataSecrets: InstanceAttributes['userDataSecrets'],
): InstanceAttributes {
  const { known, unknowns } = splitKnown<Record<string, unknown>>(maybe, {
    publicIp: null,
    instanceProfileArn: null,
    metadataOptions: null,
    securityGroupIds: [],
  })
  return withUnknowns({ ...base, ...known, launchTime: null, userDataSecrets } as unknown as InstanceAttributes, unknowns)
}

function tfInstance(r: IacResource, ctx: AdaptContext): AdaptedResource<InstanceAttributes>[] {
  const v = r.values
  const stateRes = ctx.referencing('aws_ec2_instance_state', 'instance_id', r)[0]
  const state = stateRes ? str(stateRes.values.state, 'running') : 'running'
  const interfaces = blocks(v, 'network_interface')
  const template = block(v, 'launch_template')
  const declaredTemplate = template && !isUnknown(template) ? ctx.resolve(template.id ?? template.name) : undefined
  // Options written on the instance win; else those of a launch template declared in code; else the API defaults.
  let md = metadata(block(v, 'metadata_options'), 'http_tokens', 'http_endpoint', 'http_put_response_hop_limit')
  if (isUnset(v.metadata_options) && template) {
    md = declaredTemplate
      ? metadata(block(declaredTemplate.values, 'metadata_options'), 'http_tokens', 'http_endpoint', 'http_put_response_hop_limit')
      : afterApply('metadata options of the launch template')
  }
  const groups = idList(ctx, [...asList(v.vpc_security_group_ids), ...asList(v.security_groups)])
  const profileId = profile(ctx, v.iam_instance_profile)
  const subnet = ctx.resolve(v.subnet_id)
  const type = str(v.instance_type, '')
  const ami = str(v.ami, '')
  const tags = tfTags(v)
  return [
    {
      type: AWS.ec2Instance,
      name: tags.Name ?? r.address,
      tags,
      attributes: build(
        r,
        {
          instanceId: r.address,
          state: typeof state === 'string' ? state : 'running',
          instanceType: typeof type === 'string' ? type : '',
          imageId: typeof ami === 'string' ? ami : '',
          subnetId: idOf(ctx, v.subnet_id),
          vpcId: subnet ? idOf(ctx, subnet.values.vpc_id) : null,
        },
        {
          publicIp: publicIp(ctx, r, TF, v.associate_public_ip_address, v.subnet_id, isUnknown(interfaces) || interfaces.length > 0 || !!template),
          instanceProfileArn: profileId,
          metadataOptions: md,
          securityGroupIds: groups,
        },
        tfUserData(v),
      ),
      relations: relations(ctx, groups, v.subnet_id, 'vpc_id', profileId),
    },
  ]
}

function asList(v: unknown): unknown[] {
  return isUnset(v) ? [] : Array.isArray(v) ? v : [v]
}

function cfnInstance(r: IacResource, ctx: AdaptContext): AdaptedResource<InstanceAttributes>[] {
  const v = r.values
  const nis = cfnList(v.NetworkInterfaces)
  // The primary interface (DeviceIndex 0) carries the instance's subnet and public-address request.
  const primary = isUnknown(nis) ? undefined : nis.find((n) => String(n.DeviceIndex) === '0')
  const subnetValue = v.SubnetId ?? primary?.SubnetId
  const associate = primary ? primary.AssociatePublicIpAddress : undefined
  const hasTemplate = !isUnset(v.LaunchTemplate)
  const ip = isUnknown(nis) ? nis : publicIp(ctx, r, CFN, associate, subnetValue, hasTemplate || (nis.length > 0 && !primary))
  const md =
    hasTemplate && isUnset(v.MetadataOptions)
      ? afterApply('metadata options of the launch template')
      : metadata(cfnObj(v.MetadataOptions), 'HttpTokens', 'HttpEndpoint', 'HttpPutResponseHopLimit')
  const groups = idList(ctx, [...asList(v.SecurityGroupIds), ...asList(v.SecurityGroups), ...asList(primary?.GroupSet)])
  const profileId = profile(ctx, v.IamInstanceProfile)
  const subnet = ctx.resolve(subnetValue)
  const type = str(v.InstanceType, 'm1.small')
  const ami = str(v.ImageId, '')
  const tags = cfnTags(v)
  return [
    {
      type: AWS.ec2Instance,
      name: tags.Name ?? r.address,
      tags,
      attributes: build(
        r,
        {
          instanceId: r.address,
          state: 'running',
          instanceType: typeof type === 'string' ? type : '',
          imageId: typeof ami === 'string' ? ami : '',
          subnetId: idOf(ctx, subnetValue),
          vpcId: subnet ? idOf(ctx, subnet.values.VpcId) : null,
        },
        { publicIp: ip, instanceProfileArn: profileId, metadataOptions: md, securityGroupIds: groups },
        userDataHits(v.UserData, true),
      ),
      relations: relations(ctx, groups, subnetValue, 'VpcId', profileId),
    },
  ]
}

/** Instance adapters (Terraform and CloudFormation). */
export const instanceAdapters: Adapter[] = [
  { language: 'terraform', types: ['aws_instance'], produces: [AWS.ec2Instance], adapt: tfInstance },
  { language: 'cloudformation', types: ['AWS::EC2::Instance'], produces: [AWS.ec2Instance], adapt: cfnInstance },
  partsAdapter('terraform', ['aws_ec2_instance_state', 'aws_eip', 'aws_eip_association']),
  partsAdapter('cloudformation', ['AWS::EC2::EIP', 'AWS::EC2::EIPAssociation']),
]
