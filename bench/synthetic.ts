/**
 * Synthetic AWS inventory for the evaluation benchmark: a deterministic, realistic mix of resource types with
 * valid attributes (per src/normalize/aws/types.ts), about a third of them misconfigured.
 */
import type { Resource } from '../src/core/resource.js'
import { awsResource } from '../src/normalize/aws/helpers.js'
import * as T from '../src/normalize/aws/types.js'

const { AWS, settingUid } = T
const ACCOUNT = '210987654321'
const REGIONS = ['us-east-1', 'us-west-2', 'eu-west-1', 'eu-central-1', 'ap-southeast-2']
const DAY = 86_400_000
const NOW = Date.parse('2026-06-01T00:00:00Z')

/** Deterministic PRNG (mulberry32) so every run evaluates the same inventory. */
function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

type Gen = (i: number, rnd: () => number, region: string) => Resource

const daysAgo = (d: number): string => new Date(NOW - d * DAY).toISOString()
const hex = (i: number, len = 17): string => i.toString(16).padStart(len, '0')
const ec2 = <A>(type: string, kind: string, id: string, region: string, attributes: A): Resource =>
  awsResource<A>({ uid: `arn:aws:ec2:${region}:${ACCOUNT}:${kind}/${id}`, type, account: ACCOUNT, region, name: id, attributes })
const ADMIN: T.PolicyDocument = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }
const READ: T.PolicyDocument = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:GetObject'], Resource: 'arn:aws:s3:::data/*' }] }
const trust = (p: T.PolicyStatement['Principal']): T.PolicyDocument => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: p, Action: 'sts:AssumeRole' }],
})

const securityGroup: Gen = (i, rnd, region) => {
  const open = rnd() < 0.2
  const ingress: T.SgRule[] = [
    { protocol: 'tcp', fromPort: 443, toPort: 443, cidrIpv4: '0.0.0.0/0' },
    { protocol: 'tcp', fromPort: 22, toPort: 22, cidrIpv4: open ? '0.0.0.0/0' : '10.0.0.0/8' },
  ]
  if (rnd() < 0.05) ingress.push({ protocol: '-1', fromPort: null, toPort: null, cidrIpv6: '::/0' })
  return ec2<T.SecurityGroupAttributes>(AWS.ec2SecurityGroup, 'security-group', `sg-${hex(i)}`, region, {
    groupId: `sg-${hex(i)}`,
    groupName: i % 50 === 0 ? 'default' : `app-${i}`,
    vpcId: `vpc-${hex(i % 40)}`,
    isDefault: i % 50 === 0,
    ingress,
    egress: [{ protocol: '-1', fromPort: null, toPort: null, cidrIpv4: '0.0.0.0/0' }],
    attachedEnis: Math.floor(rnd() * 4),
  })
}

const volume: Gen = (i, rnd, region) =>
  ec2<T.VolumeAttributes>(AWS.ec2Volume, 'volume', `vol-${hex(i)}`, region, {
    volumeId: `vol-${hex(i)}`,
    sizeGiB: 8 + Math.floor(rnd() * 500),
    state: 'in-use',
    encrypted: rnd() < 0.7,
    kmsKeyId: null,
    attachedInstanceIds: [`i-${hex(i)}`],
  })

const instance: Gen = (i, rnd, region) =>
  ec2<T.InstanceAttributes>(AWS.ec2Instance, 'instance', `i-${hex(i)}`, region, {
    instanceId: `i-${hex(i)}`,
    state: rnd() < 0.9 ? 'running' : 'stopped',
    instanceType: 't3.micro',
    imageId: `ami-${hex(i % 30)}`,
    publicIp: rnd() < 0.3 ? `203.0.113.${i % 250}` : null,
    securityGroupIds: [`sg-${hex(i)}`],
    subnetId: `subnet-${hex(i % 80)}`,
    vpcId: `vpc-${hex(i % 40)}`,
    instanceProfileArn: rnd() < 0.6 ? `arn:aws:iam::${ACCOUNT}:instance-profile/app` : null,
    metadataOptions: { httpTokens: rnd() < 0.5 ? 'required' : 'optional', httpEndpoint: 'enabled', httpPutResponseHopLimit: 1 },
    launchTime: daysAgo(rnd() * 400),
  })

const snapshot: Gen = (i, rnd, region) =>
  ec2<T.SnapshotAttributes>(AWS.ec2Snapshot, 'snapshot', `snap-${hex(i)}`, region, {
    snapshotId: `snap-${hex(i)}`,
    volumeId: `vol-${hex(i)}`,
    encrypted: rnd() < 0.7,
    createVolumePermissions: rnd() < 0.02 ? ['all'] : [],
  })

const vpc: Gen = (i, rnd, region) =>
  ec2<T.VpcAttributes>(AWS.ec2Vpc, 'vpc', `vpc-${hex(i)}`, region, {
    vpcId: `vpc-${hex(i)}`,
    cidrBlock: '10.0.0.0/16',
    isDefault: i % 10 === 0,
    flowLogs: rnd() < 0.5 ? [{ id: `fl-${hex(i)}`, status: 'ACTIVE', trafficType: 'ALL', destinationType: 's3' }] : [],
  })

const subnet: Gen = (i, rnd, region) =>
  ec2<T.SubnetAttributes>(AWS.ec2Subnet, 'subnet', `subnet-${hex(i)}`, region, {
    subnetId: `subnet-${hex(i)}`,
    vpcId: `vpc-${hex(i % 40)}`,
    cidrBlock: '10.0.1.0/24',
    availabilityZone: `${region}a`,
    mapPublicIpOnLaunch: rnd() < 0.3,
  })

const nacl: Gen = (i, rnd, region) =>
  ec2<T.NetworkAclAttributes>(AWS.ec2NetworkAcl, 'network-acl', `acl-${hex(i)}`, region, {
    networkAclId: `acl-${hex(i)}`,
    vpcId: `vpc-${hex(i % 40)}`,
    isDefault: i % 5 === 0,
    subnetIds: [`subnet-${hex(i)}`],
    entries: [
      { ruleNumber: 100, egress: false, action: 'allow', protocol: rnd() < 0.5 ? '-1' : '6', cidrIpv4: '0.0.0.0/0', fromPort: 443, toPort: 443 },
      { ruleNumber: 32767, egress: false, action: 'deny', protocol: '-1', cidrIpv4: '0.0.0.0/0', fromPort: null, toPort: null },
    ],
  })

const image: Gen = (i, rnd, region) => {
  const isPublic = rnd() < 0.05
  return ec2<T.ImageAttributes>(AWS.ec2Image, 'image', `ami-${hex(i)}`, region, {
    imageId: `ami-${hex(i)}`,
    isPublic,
    launchPermissions: isPublic ? ['all'] : [],
  })
}

const user: Gen = (i, rnd) => {
  const name = `user-${i}`
  const keys: T.AccessKey[] = Array.from({ length: Math.floor(rnd() * 3) }, (_, k) => ({
    id: `AKIA${hex(i * 3 + k, 16).toUpperCase()}`,
    status: 'Active',
    createDate: daysAgo(rnd() * 300),
    lastUsedDate: rnd() < 0.2 ? null : daysAgo(rnd() * 60),
  }))
  return awsResource<T.IamUserAttributes>({
    uid: `arn:aws:iam::${ACCOUNT}:user/${name}`,
    type: AWS.iamUser,
    account: ACCOUNT,
    region: 'global',
    name,
    attributes: {
      userName: name,
      userId: `AIDA${hex(i, 16)}`,
      createDate: daysAgo(400),
      passwordEnabled: rnd() < 0.4,
      passwordLastUsed: rnd() < 0.3 ? null : daysAgo(rnd() * 90),
      mfaDevices: rnd() < 0.6 ? [`arn:aws:iam::${ACCOUNT}:mfa/${name}`] : [],
      accessKeys: keys,
      attachedPolicies: rnd() < 0.1 ? [{ arn: `arn:aws:iam::${ACCOUNT}:policy/p-${i % 500}`, name: `p-${i % 500}` }] : [],
      inlinePolicies: rnd() < 0.03 ? [{ name: 'inline', document: ADMIN }] : [],
      groups: ['developers'],
    },
  })
}

const role: Gen = (i, rnd) => {
  const name = `role-${i}`
  return awsResource<T.IamRoleAttributes>({
    uid: `arn:aws:iam::${ACCOUNT}:role/${name}`,
    type: AWS.iamRole,
    account: ACCOUNT,
    region: 'global',
    name,
    attributes: {
      roleName: name,
      path: '/',
      createDate: daysAgo(300),
      trustPolicy: trust(rnd() < 0.02 ? { AWS: '*' } : { Service: 'lambda.amazonaws.com' }),
      attachedPolicies: [{ arn: `arn:aws:iam::${ACCOUNT}:policy/p-${i % 500}`, name: `p-${i % 500}` }],
      inlinePolicies: rnd() < 0.05 ? [{ name: 'inline', document: ADMIN }] : [],
      lastUsedDate: daysAgo(rnd() * 30),
      isServiceLinked: false,
    },
  })
}

const policy: Gen = (i, rnd) =>
  awsResource<T.IamPolicyAttributes>({
    uid: `arn:aws:iam::${ACCOUNT}:policy/p-${i}`,
    type: AWS.iamPolicy,
    account: ACCOUNT,
    region: 'global',
    name: `p-${i}`,
    attributes: {
      policyName: `p-${i}`,
      isAwsManaged: false,
      attachmentCount: Math.floor(rnd() * 5),
      defaultVersionId: 'v1',
      document: rnd() < 0.05 ? ADMIN : READ,
    },
  })

const bucket: Gen = (i, rnd, region) => {
  const name = `bench-bucket-${i}`
  const hardened = rnd() < 0.6
  return awsResource<T.S3BucketAttributes>({
    uid: `arn:aws:s3:::${name}`,
    type: AWS.s3Bucket,
    account: ACCOUNT,
    region,
    name,
    attributes: {
      bucketName: name,
      creationDate: daysAgo(500),
      acl: { ownerId: 'owner', grants: [{ granteeType: 'CanonicalUser', grantee: 'owner', permission: 'FULL_CONTROL' }] },
      policy: hardened
        ? {
            Version: '2012-10-17',
            Statement: [
              {
                Effect: 'Deny',
                Principal: '*',
                Action: 's3:*',
                Resource: `arn:aws:s3:::${name}/*`,
                Condition: { Bool: { 'aws:SecureTransport': 'false' } },
              },
            ],
          }
        : null,
      publicAccessBlock: hardened ? { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true } : null,
      encryption: { algorithm: 'AES256', kmsKeyId: null, bucketKeyEnabled: false },
      versioning: { status: hardened ? 'Enabled' : 'Disabled', mfaDelete: false },
      logging: hardened ? { targetBucket: 'logs', targetPrefix: `${name}/` } : null,
      ownership: hardened ? 'BucketOwnerEnforced' : null,
    },
  })
}

const kmsKey: Gen = (i, rnd, region) =>
  awsResource<T.KmsKeyAttributes>({
    uid: `arn:aws:kms:${region}:${ACCOUNT}:key/${hex(i, 32)}`,
    type: AWS.kmsKey,
    account: ACCOUNT,
    region,
    name: hex(i, 32),
    attributes: {
      keyId: hex(i, 32),
      keyManager: 'CUSTOMER',
      keyState: 'Enabled',
      keySpec: 'SYMMETRIC_DEFAULT',
      keyUsage: 'ENCRYPT_DECRYPT',
      origin: 'AWS_KMS',
      rotationEnabled: rnd() < 0.5,
      policy: null,
    },
  })

/** Share of each generated type in the mix (sums to 1). */
const MIX: [Gen, number][] = [
  [securityGroup, 0.22],
  [volume, 0.15],
  [instance, 0.1],
  [snapshot, 0.1],
  [user, 0.08],
  [role, 0.07],
  [bucket, 0.08],
  [policy, 0.03],
  [subnet, 0.05],
  [vpc, 0.02],
  [nacl, 0.03],
  [image, 0.03],
  [kmsKey, 0.04],
]

/** Account- and region-level settings every real scan has (account, root, password policy, EBS default, Config). */
function settings(): Resource[] {
  const r = <A>(uid: string, type: string, region: string, name: string, attributes: A): Resource =>
    awsResource<A>({ uid, type, account: ACCOUNT, region, name, attributes })
  return [
    r(settingUid(ACCOUNT, 'global', 'account'), AWS.account, 'global', ACCOUNT, { accountId: ACCOUNT, regions: REGIONS }),
    r(`arn:aws:iam::${ACCOUNT}:root`, AWS.iamRootUser, 'global', 'root', {
      mfaEnabled: true,
      virtualMfa: false,
      accessKeysPresent: false,
      lastUsed: null,
    }),
    r(settingUid(ACCOUNT, 'global', 'iam-password-policy'), AWS.iamPasswordPolicy, 'global', 'password policy', { policy: null }),
    r(settingUid(ACCOUNT, 'global', 's3-account-public-access-block'), AWS.s3AccountPublicAccessBlock, 'global', 'account PAB', { config: null }),
    ...REGIONS.flatMap((region) => [
      r(settingUid(ACCOUNT, region, 'ebs-encryption-by-default'), AWS.ec2EbsEncryptionDefault, region, 'EBS default', {
        enabled: region === 'us-east-1',
        kmsKeyId: null,
      }),
      r(settingUid(ACCOUNT, region, 'config-recorders'), AWS.configRecorders, region, 'AWS Config', { recorders: [], deliveryChannels: [] }),
    ]),
  ]
}

/** Builds `total` resources: the settings plus the weighted mix, spread over five regions. */
export function syntheticInventory(total: number, seed = 42): Resource[] {
  const rnd = prng(seed)
  const out = settings()
  const counts = MIX.map(([, share]) => Math.floor(share * (total - out.length)))
  counts[0]! += total - out.length - counts.reduce((a, b) => a + b, 0)
  MIX.forEach(([gen], k) => {
    for (let i = 0; i < counts[k]!; i++) out.push(gen(i, rnd, REGIONS[i % REGIONS.length]!))
  })
  return out
}
