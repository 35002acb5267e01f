import { describe, expect, it } from 'vitest'
import type { Resource } from '../../core/resource.js'
import { isUnknown } from '../../core/unknown.js'
import type { Ec2NetworkRaw, IpPermission, NetworkAcl, SecurityGroup } from '../../collect/aws/ec2-network.js'
import { ec2Envelope, flattenPermission, inVpc, normalizeEc2Network, normalizeProtocol } from './ec2-network.js'
import { AWS, type NetworkAclAttributes, type SecurityGroupAttributes, type SgRule, type SubnetAttributes, type VpcAttributes } from './types.js'

const scope = { account: '111122223333', region: 'eu-west-1', regions: ['eu-west-1'] }
const VPC = 'vpc-0a1b2c3d4e5f60718'

const raw = (over: Partial<Ec2NetworkRaw> = {}): Ec2NetworkRaw => ({
  securityGroups: [],
  networkInterfaces: { ok: true, value: [] },
  networkAcls: [],
  vpcs: [],
  flowLogs: { ok: true, value: [] },
  subnets: [],
  ...over,
})

const ofType = <A>(resources: Resource[], type: string) => resources.filter((r) => r.type === type) as Resource<A>[]

describe('normalizeProtocol', () => {
  it.each([
    { input: '-1', expected: '-1' },
    { input: 'tcp', expected: 'tcp' },
    { input: '6', expected: 'tcp' },
    { input: '17', expected: 'udp' },
    { input: '1', expected: 'icmp' },
    { input: '58', expected: 'icmpv6' },
    { input: '50', expected: '50' },
    { input: undefined, expected: '-1' },
  ])('$input → $expected', ({ input, expected }) => expect(normalizeProtocol(input)).toBe(expected))
})

describe('ec2Envelope and inVpc', () => {
  it('builds the ARN uid and takes the Name tag as name', () => {
    expect(ec2Envelope(scope, 'subnet', AWS.ec2Subnet, 'subnet-1', [{ Key: 'Name', Value: 'private-a' }, { Key: 'env' }])).toEqual({
      uid: 'arn:aws:ec2:eu-west-1:111122223333:subnet/subnet-1',
      type: AWS.ec2Subnet,
      account: '111122223333',
      region: 'eu-west-1',
      name: 'private-a',
      tags: { Name: 'private-a', env: '' },
    })
  })

  it("falls back to the id without a Name tag, in the region's partition", () => {
    const env = ec2Envelope({ ...scope, region: 'cn-north-1' }, 'vpc', AWS.ec2Vpc, VPC, undefined)
    expect(env).toMatchObject({ uid: `arn:aws-cn:ec2:cn-north-1:111122223333:vpc/${VPC}`, name: VPC, tags: {} })
  })

  it.each([
    { vpcId: VPC, expected: [{ kind: 'in-vpc', target: `arn:aws:ec2:eu-west-1:111122223333:vpc/${VPC}` }] },
    { vpcId: '', expected: [] },
    { vpcId: undefined, expected: [] },
    { vpcId: null, expected: [] },
  ])('inVpc($vpcId)', ({ vpcId, expected }) => expect(inVpc(scope, vpcId)).toEqual(expected))
})

describe('flattenPermission', () => {
  const cases: { name: string; permission: IpPermission; expected: SgRule[] }[] = [
    {
      name: 'IPv4, IPv6, group reference and prefix list become one rule each',
      permission: {
        IpProtocol: 'tcp',
        FromPort: 22,
        ToPort: 22,
        IpRanges: [{ CidrIp: '0.0.0.0/0', Description: 'admin' }, { CidrIp: '10.0.0.0/8' }],
        Ipv6Ranges: [{ CidrIpv6: '::/0' }],
        UserIdGroupPairs: [{ GroupId: 'sg-0bastion00000001', UserId: '111122223333' }],
        PrefixListIds: [{ PrefixListId: 'pl-63a5400a', Description: 'S3' }],
      },
      expected: [
        { protocol: 'tcp', fromPort: 22, toPort: 22, cidrIpv4: '0.0.0.0/0', description: 'admin' },
        { protocol: 'tcp', fromPort: 22, toPort: 22, cidrIpv4: '10.0.0.0/8' },
        { protocol: 'tcp', fromPort: 22, toPort: 22, cidrIpv6: '::/0' },
        { protocol: 'tcp', fromPort: 22, toPort: 22, groupId: 'sg-0bastion00000001' },
        { protocol: 'tcp', fromPort: 22, toPort: 22, prefixListId: 'pl-63a5400a', description: 'S3' },
      ],
    },
    {
      name: "'-1' means every protocol and port",
      permission: { IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }], Ipv6Ranges: [], UserIdGroupPairs: [], PrefixListIds: [] },
      expected: [{ protocol: '-1', fromPort: null, toPort: null, cidrIpv4: '0.0.0.0/0' }],
    },
    {
      name: 'protocol numbers are named; ICMP type/code kept as ports',
      permission: { IpProtocol: '1', FromPort: 8, ToPort: -1, IpRanges: [{ CidrIp: '192.0.2.0/24' }] },
      expected: [{ protocol: 'icmp', fromPort: 8, toPort: -1, cidrIpv4: '192.0.2.0/24' }],
    },
    { name: 'a permission with no source yields no rule', permission: { IpProtocol: 'udp', FromPort: 53, ToPort: 53 }, expected: [] },
  ]
  it.each(cases)('$name', ({ permission, expected }) => expect(flattenPermission(permission)).toEqual(expected))
})

describe('security groups', () => {
  const web: SecurityGroup = {
    GroupId: 'sg-0123456789abcdef0',
    GroupName: 'web',
    Description: 'web tier',
    OwnerId: '111122223333',
    VpcId: VPC,
    IpPermissions: [
      {
        IpProtocol: 'tcp',
        FromPort: 443,
        ToPort: 443,
        IpRanges: [{ CidrIp: '0.0.0.0/0' }],
        Ipv6Ranges: [{ CidrIpv6: '::/0' }],
        UserIdGroupPairs: [],
        PrefixListIds: [],
      },
      { IpProtocol: '-1', UserIdGroupPairs: [{ GroupId: 'sg-0123456789abcdef0', UserId: '111122223333' }] },
    ],
    IpPermissionsEgress: [{ IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }] }],
    Tags: [{ Key: 'Name', Value: 'web-sg' }],
  }
  const dflt: SecurityGroup = { GroupId: 'sg-0fedcba9876543210', GroupName: 'default', VpcId: VPC, IpPermissions: [], IpPermissionsEgress: [] }
  const enis: Ec2NetworkRaw['networkInterfaces'] = {
    ok: true,
    value: [
      { NetworkInterfaceId: 'eni-1', Groups: [{ GroupId: web.GroupId, GroupName: 'web' }] },
      {
        NetworkInterfaceId: 'eni-2',
        Groups: [
          { GroupId: web.GroupId, GroupName: 'web' },
          { GroupId: 'sg-other', GroupName: 'other' },
        ],
      },
    ],
  }
  const cases: { name: string; input: Ec2NetworkRaw; id: string; expected: Partial<SecurityGroupAttributes> }[] = [
    {
      name: 'rules flattened, ENIs counted',
      input: raw({ securityGroups: [web], networkInterfaces: enis }),
      id: web.GroupId!,
      expected: {
        isDefault: false,
        attachedEnis: 2,
        ingress: [
          { protocol: 'tcp', fromPort: 443, toPort: 443, cidrIpv4: '0.0.0.0/0' },
          { protocol: 'tcp', fromPort: 443, toPort: 443, cidrIpv6: '::/0' },
          { protocol: '-1', fromPort: null, toPort: null, groupId: 'sg-0123456789abcdef0' },
        ],
        egress: [{ protocol: '-1', fromPort: null, toPort: null, cidrIpv4: '0.0.0.0/0' }],
      },
    },
    {
      name: 'default group, unused',
      input: raw({ securityGroups: [dflt], networkInterfaces: enis }),
      id: dflt.GroupId!,
      expected: { isDefault: true, attachedEnis: 0, ingress: [], egress: [] },
    },
  ]
  it.each(cases)('$name', ({ input, id, expected }) => {
    const sg = ofType<SecurityGroupAttributes>(normalizeEc2Network(input, scope), AWS.ec2SecurityGroup).find((r) => r.attributes.groupId === id)
    expect(sg?.attributes).toMatchObject(expected)
  })

  it('uid, name tag and in-vpc relation', () => {
    const [sg] = ofType<SecurityGroupAttributes>(normalizeEc2Network(raw({ securityGroups: [web] }), scope), AWS.ec2SecurityGroup)
    expect(sg).toMatchObject({
      uid: 'arn:aws:ec2:eu-west-1:111122223333:security-group/sg-0123456789abcdef0',
      name: 'web-sg',
      tags: { Name: 'web-sg' },
      relations: [{ kind: 'in-vpc', target: `arn:aws:ec2:eu-west-1:111122223333:vpc/${VPC}` }],
    })
  })

  it('ENI count is Unknown when DescribeNetworkInterfaces failed', () => {
    const input = raw({
      securityGroups: [web],
      networkInterfaces: { ok: false, reason: 'UnauthorizedOperation: not authorized', code: 'UnauthorizedOperation' },
    })
    const [sg] = ofType<SecurityGroupAttributes>(normalizeEc2Network(input, scope), AWS.ec2SecurityGroup)
    expect(isUnknown(sg?.attributes.attachedEnis)).toBe(true)
    expect(sg?.attributes.ingress).toHaveLength(3)
  })
})

describe('network ACLs', () => {
  const acl: NetworkAcl = {
    NetworkAclId: 'acl-0a1b2c3d4e5f60718',
    VpcId: VPC,
    IsDefault: false,
    OwnerId: '111122223333',
    Associations: [{ NetworkAclAssociationId: 'aclassoc-1', NetworkAclId: 'acl-0a1b2c3d4e5f60718', SubnetId: 'subnet-aaa' }],
    Entries: [
      { RuleNumber: 32767, Protocol: '-1', RuleAction: 'deny', Egress: false, CidrBlock: '0.0.0.0/0' },
      { RuleNumber: 100, Protocol: '6', RuleAction: 'allow', Egress: false, CidrBlock: '0.0.0.0/0', PortRange: { From: 22, To: 22 } },
      { RuleNumber: 110, Protocol: '17', RuleAction: 'allow', Egress: false, Ipv6CidrBlock: '::/0', PortRange: { From: 53, To: 53 } },
      { RuleNumber: 100, Protocol: '-1', RuleAction: 'allow', Egress: true, CidrBlock: '0.0.0.0/0' },
    ],
    Tags: [],
  }
  it('entries normalized and sorted (ingress first, by rule number)', () => {
    const [r] = ofType<NetworkAclAttributes>(normalizeEc2Network(raw({ networkAcls: [acl] }), scope), AWS.ec2NetworkAcl)
    expect(r?.uid).toBe('arn:aws:ec2:eu-west-1:111122223333:network-acl/acl-0a1b2c3d4e5f60718')
    expect(r?.relations).toEqual([{ kind: 'in-vpc', target: `arn:aws:ec2:eu-west-1:111122223333:vpc/${VPC}` }])
    expect(r?.attributes).toEqual({
      networkAclId: 'acl-0a1b2c3d4e5f60718',
      vpcId: VPC,
      isDefault: false,
      subnetIds: ['subnet-aaa'],
      entries: [
        { ruleNumber: 100, egress: false, action: 'allow', protocol: 'tcp', cidrIpv4: '0.0.0.0/0', fromPort: 22, toPort: 22 },
        { ruleNumber: 110, egress: false, action: 'allow', protocol: 'udp', cidrIpv6: '::/0', fromPort: 53, toPort: 53 },
        { ruleNumber: 32767, egress: false, action: 'deny', protocol: '-1', cidrIpv4: '0.0.0.0/0', fromPort: null, toPort: null },
        { ruleNumber: 100, egress: true, action: 'allow', protocol: '-1', cidrIpv4: '0.0.0.0/0', fromPort: null, toPort: null },
      ],
    })
  })
})

describe('VPCs and flow logs', () => {
  const vpcs = [
    { VpcId: VPC, CidrBlock: '10.0.0.0/16', IsDefault: false, Tags: [{ Key: 'Name', Value: 'prod' }] },
    { VpcId: 'vpc-default', CidrBlock: '172.31.0.0/16', IsDefault: true },
  ]
  const flowLogs: Ec2NetworkRaw['flowLogs'] = {
    ok: true,
    value: [
      {
        FlowLogId: 'fl-1',
        FlowLogStatus: 'ACTIVE',
        ResourceId: VPC,
        TrafficType: 'ALL',
        LogDestinationType: 's3',
        LogDestination: 'arn:aws:s3:::flow-logs',
      },
      { FlowLogId: 'fl-2', FlowLogStatus: 'ACTIVE', ResourceId: 'subnet-aaa', TrafficType: 'REJECT', LogDestinationType: 'cloud-watch-logs' },
    ],
  }
  const cases: { name: string; flowLogs: Ec2NetworkRaw['flowLogs']; vpcId: string; expected: VpcAttributes['flowLogs'] | 'unknown' }[] = [
    {
      name: 'VPC with its own flow log',
      flowLogs,
      vpcId: VPC,
      expected: [{ id: 'fl-1', status: 'ACTIVE', trafficType: 'ALL', destinationType: 's3' }],
    },
    { name: 'a subnet flow log does not count for the VPC', flowLogs, vpcId: 'vpc-default', expected: [] },
    {
      name: 'DescribeFlowLogs failed → Unknown',
      flowLogs: { ok: false, reason: 'AccessDenied', code: 'AccessDenied' },
      vpcId: VPC,
      expected: 'unknown',
    },
  ]
  it.each(cases)('$name', ({ flowLogs: fl, vpcId, expected }) => {
    const vpc = ofType<VpcAttributes>(normalizeEc2Network(raw({ vpcs, flowLogs: fl }), scope), AWS.ec2Vpc).find((r) => r.attributes.vpcId === vpcId)
    if (expected === 'unknown') expect(isUnknown(vpc?.attributes.flowLogs)).toBe(true)
    else expect(vpc?.attributes.flowLogs).toEqual(expected)
  })
})

describe('subnets', () => {
  it('subnet attributes and in-vpc relation', () => {
    const input = raw({
      subnets: [{ SubnetId: 'subnet-aaa', VpcId: VPC, CidrBlock: '10.0.1.0/24', AvailabilityZone: 'eu-west-1a', MapPublicIpOnLaunch: true }],
    })
    const [s] = ofType<SubnetAttributes>(normalizeEc2Network(input, scope), AWS.ec2Subnet)
    expect(s).toMatchObject({
      uid: 'arn:aws:ec2:eu-west-1:111122223333:subnet/subnet-aaa',
      name: 'subnet-aaa',
      attributes: { subnetId: 'subnet-aaa', vpcId: VPC, cidrBlock: '10.0.1.0/24', availabilityZone: 'eu-west-1a', mapPublicIpOnLaunch: true },
      relations: [{ kind: 'in-vpc', target: `arn:aws:ec2:eu-west-1:111122223333:vpc/${VPC}` }],
    })
  })
})
