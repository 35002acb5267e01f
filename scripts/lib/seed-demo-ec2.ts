/** Demo estate, EC2 part: VPCs, security groups, instances, volumes, snapshots, AMIs, EBS default encryption. */
import {
  EC2Client,
  AuthorizeSecurityGroupIngressCommand,
  CreateFlowLogsCommand,
  CreateImageCommand,
  CreateSecurityGroupCommand,
  CreateSnapshotCommand,
  CreateSubnetCommand,
  CreateVolumeCommand,
  CreateVpcCommand,
  EnableEbsEncryptionByDefaultCommand,
  ModifyImageAttributeCommand,
  ModifySnapshotAttributeCommand,
  RunInstancesCommand,
  type IpPermission,
  type TagSpecification,
} from '@aws-sdk/client-ec2'
import { settingUid } from '../../src/normalize/aws/types.js'
import type { SeedContext } from './seed-demo.js'
import type { IamSeed } from './seed-demo-iam.js'

/** Any AMI id works on the emulator; this one exists in moto's bundled Amazon image list. */
const BASE_AMI = 'ami-03cf127a'

const named = (type: TagSpecification['ResourceType'], name: string): TagSpecification[] => [
  { ResourceType: type, Tags: [{ Key: 'Name', Value: name }] },
]

/** Uid of an EC2 resource, as the normalizer documents it. */
function ec2Arn(ctx: SeedContext, region: string, kind: string, id: string): string {
  return `arn:aws:ec2:${region}:${ctx.manifest.account}:${kind}/${id}`
}

/** Inbound rules for ports 22 and 3389 from the given IPv4 (and optionally IPv6) range. */
function adminPorts(cidr: string, cidrV6?: string): IpPermission[] {
  return [22, 3389].map((port) => ({
    IpProtocol: 'tcp',
    FromPort: port,
    ToPort: port,
    IpRanges: [{ CidrIp: cidr, Description: 'admin access' }],
    ...(cidrV6 ? { Ipv6Ranges: [{ CidrIpv6: cidrV6 }] } : {}),
  }))
}

/** Creates a security group with inbound rules; returns its id. */
async function securityGroup(ec2: EC2Client, ctx: SeedContext, name: string, vpcId: string | undefined, rules: IpPermission[]): Promise<string> {
  const sg = await ec2.send(
    new CreateSecurityGroupCommand({
      GroupName: name,
      Description: `demo ${name}`,
      ...(vpcId ? { VpcId: vpcId } : {}),
      TagSpecifications: named('security-group', name),
    }),
  )
  await ec2.send(new AuthorizeSecurityGroupIngressCommand({ GroupId: sg.GroupId!, IpPermissions: rules }))
  ctx.count()
  return sg.GroupId!
}

/** Two VPCs (one with flow logs to S3, one without) and the network for the instances. */
async function network(ec2: EC2Client, ctx: SeedContext, region: string): Promise<{ subnetId: string; openSg: string; corpSg: string }> {
  const [vpc, legacy] = await Promise.all([
    ec2.send(new CreateVpcCommand({ CidrBlock: '10.0.0.0/16', TagSpecifications: named('vpc', 'demo-vpc') })),
    ec2.send(new CreateVpcCommand({ CidrBlock: '10.1.0.0/16', TagSpecifications: named('vpc', 'legacy-vpc') })),
  ])
  const vpcId = vpc.Vpc!.VpcId!
  const legacyId = legacy.Vpc!.VpcId!
  const [subnet, openSg, corpSg] = await Promise.all([
    ec2.send(
      new CreateSubnetCommand({
        VpcId: vpcId,
        CidrBlock: '10.0.1.0/24',
        AvailabilityZone: `${region}a`,
        TagSpecifications: named('subnet', 'demo-app'),
      }),
    ),
    securityGroup(ec2, ctx, 'web-admin-open', vpcId, adminPorts('0.0.0.0/0', '::/0')),
    securityGroup(ec2, ctx, 'admin-from-corp', vpcId, adminPorts('10.0.0.0/8')),
    ec2.send(
      new CreateFlowLogsCommand({
        ResourceIds: [vpcId],
        ResourceType: 'VPC',
        TrafficType: 'ALL',
        LogDestinationType: 's3',
        LogDestination: 'arn:aws:s3:::posture-demo-access-logs',
      }),
    ),
  ])
  ctx.count(4)
  ctx.ok('aws-vpc-flow-logs-enabled', ec2Arn(ctx, region, 'vpc', vpcId), 'demo-vpc', 'flow log (ALL) to S3')
  ctx.fail('aws-vpc-flow-logs-enabled', ec2Arn(ctx, region, 'vpc', legacyId), 'legacy-vpc', 'no flow log')
  for (const check of ['aws-ec2-sg-no-ssh-from-internet', 'aws-ec2-sg-no-rdp-from-internet']) {
    ctx.fail(check, ec2Arn(ctx, region, 'security-group', openSg), 'web-admin-open', 'port open to 0.0.0.0/0 and ::/0')
    ctx.ok(check, ec2Arn(ctx, region, 'security-group', corpSg), 'admin-from-corp', 'port open to 10.0.0.0/8 only')
  }
  ctx.ok(
    'aws-ec2-sg-no-all-traffic-from-internet',
    ec2Arn(ctx, region, 'security-group', corpSg),
    'admin-from-corp',
    'two ports from a private range',
  )
  return { subnetId: subnet.Subnet!.SubnetId!, openSg, corpSg }
}

/** Two instances: IMDSv1 allowed without a profile vs IMDSv2 required with a least-privilege profile. */
async function instances(
  ec2: EC2Client,
  ctx: SeedContext,
  region: string,
  net: { subnetId: string; openSg: string; corpSg: string },
  iam: IamSeed,
): Promise<string> {
  const launch = (name: string, sg: string, tokens: 'optional' | 'required', profile?: string): Promise<string> =>
    ec2
      .send(
        new RunInstancesCommand({
          ImageId: BASE_AMI,
          InstanceType: 't3.micro',
          MinCount: 1,
          MaxCount: 1,
          SubnetId: net.subnetId,
          SecurityGroupIds: [sg],
          MetadataOptions: { HttpTokens: tokens, HttpEndpoint: 'enabled' },
          ...(profile ? { IamInstanceProfile: { Arn: profile } } : {}),
          TagSpecifications: named('instance', name),
        }),
      )
      .then((r) => r.Instances![0]!.InstanceId!)
  const [legacy, app] = await Promise.all([
    launch('legacy-web', net.openSg, 'optional'),
    launch('app-server', net.corpSg, 'required', iam.instanceProfileArn),
  ])
  ctx.count(2)
  ctx.fail('aws-ec2-instance-imdsv2-required', ec2Arn(ctx, region, 'instance', legacy), 'legacy-web', 'HttpTokens optional (IMDSv1 allowed)')
  ctx.ok('aws-ec2-instance-imdsv2-required', ec2Arn(ctx, region, 'instance', app), 'app-server', 'HttpTokens required')
  ctx.fail('aws-ec2-instance-uses-instance-profile', ec2Arn(ctx, region, 'instance', legacy), 'legacy-web', 'no instance profile')
  ctx.ok('aws-ec2-instance-uses-instance-profile', ec2Arn(ctx, region, 'instance', app), 'app-server', 'app-ec2-profile')
  return app
}

/** Volumes (unencrypted vs encrypted), their snapshots (public vs private) and two AMIs (public vs private). */
async function storage(ec2: EC2Client, ctx: SeedContext, region: string, appInstance: string): Promise<void> {
  const volume = (name: string, encrypted: boolean): Promise<string> =>
    ec2
      .send(
        new CreateVolumeCommand({
          AvailabilityZone: `${region}a`,
          Size: 8,
          VolumeType: 'gp3',
          Encrypted: encrypted,
          TagSpecifications: named('volume', name),
        }),
      )
      .then((v) => v.VolumeId!)
  const [plain, sealed] = await Promise.all([volume('scratch-unencrypted', false), volume('data-encrypted', true)])
  const snapshot = (vol: string, name: string): Promise<string> =>
    ec2.send(new CreateSnapshotCommand({ VolumeId: vol, Description: name, TagSpecifications: named('snapshot', name) })).then((s) => s.SnapshotId!)
  const image = (name: string): Promise<string> => ec2.send(new CreateImageCommand({ InstanceId: appInstance, Name: name })).then((i) => i.ImageId!)
  const [pubSnap, privSnap, pubAmi, privAmi] = await Promise.all([
    snapshot(plain, 'scratch-shared-publicly'),
    snapshot(sealed, 'data-backup'),
    image('app-golden-public'),
    image('app-golden-private'),
  ])
  ctx.count(6)
  await Promise.all([
    ec2.send(
      new ModifySnapshotAttributeCommand({ SnapshotId: pubSnap, Attribute: 'createVolumePermission', OperationType: 'add', GroupNames: ['all'] }),
    ),
    ec2.send(new ModifyImageAttributeCommand({ ImageId: pubAmi, LaunchPermission: { Add: [{ Group: 'all' }] } })),
  ])
  ctx.fail('aws-ec2-volume-encrypted', ec2Arn(ctx, region, 'volume', plain), 'scratch-unencrypted', 'not encrypted')
  ctx.ok('aws-ec2-volume-encrypted', ec2Arn(ctx, region, 'volume', sealed), 'data-encrypted', 'encrypted')
  ctx.fail('aws-ec2-snapshot-not-public', ec2Arn(ctx, region, 'snapshot', pubSnap), 'scratch-shared-publicly', 'createVolumePermission group all')
  ctx.ok('aws-ec2-snapshot-not-public', ec2Arn(ctx, region, 'snapshot', privSnap), 'data-backup', 'not shared')
  ctx.fail('aws-ec2-ami-not-public', ec2Arn(ctx, region, 'image', pubAmi), 'app-golden-public', 'launchPermission group all')
  ctx.ok('aws-ec2-ami-not-public', ec2Arn(ctx, region, 'image', privAmi), 'app-golden-private', 'not shared')
}

/** Second region: EBS encryption by default on (only there), and a legacy group open to all traffic. */
async function otherRegion(ctx: SeedContext, region: string): Promise<void> {
  const ec2 = new EC2Client(ctx.config(region))
  try {
    const [, sg] = await Promise.all([
      ec2.send(new EnableEbsEncryptionByDefaultCommand({})),
      securityGroup(ec2, ctx, 'legacy-allow-all', undefined, [{ IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }] }]),
    ])
    ctx.ok(
      'aws-ec2-ebs-encryption-by-default-enabled',
      settingUid(ctx.manifest.account, region, 'ebs-encryption-by-default'),
      `EBS default encryption ${region}`,
      'enabled',
    )
    ctx.fail('aws-ec2-sg-no-all-traffic-from-internet', ec2Arn(ctx, region, 'security-group', sg), 'legacy-allow-all', 'all protocols from 0.0.0.0/0')
  } finally {
    ec2.destroy()
  }
}

/** Seeds the EC2 part in both regions. */
export async function seedEc2(ctx: SeedContext, iam: IamSeed): Promise<void> {
  const [home, other] = ctx.manifest.regions as [string, string]
  const ec2 = new EC2Client(ctx.config(home))
  try {
    const homeRegion = async (): Promise<void> => {
      const net = await network(ec2, ctx, home)
      const app = await instances(ec2, ctx, home, net, iam)
      await storage(ec2, ctx, home, app)
    }
    await Promise.all([homeRegion(), otherRegion(ctx, other)])
    const uid = settingUid(ctx.manifest.account, home, 'ebs-encryption-by-default')
    ctx.fail('aws-ec2-ebs-encryption-by-default-enabled', uid, `EBS default encryption ${home}`, 'disabled')
  } finally {
    ec2.destroy()
  }
}
