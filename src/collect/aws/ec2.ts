import { EC2Client, paginateDescribeInstances, DescribeInstanceAttributeCommand, type Instance } from '@aws-sdk/client-ec2'
import { mapLimit } from '../limiter.js'
import type { CallResult, CollectContext } from '../collector.js'
import { ec2Arn } from './ec2-arn.js'
import type { AwsCollector } from './module.js'
import { collectEc2Network, type Ec2NetworkRaw } from './ec2-network.js'
import { listOf } from '../list-of.js'
import { collectEc2Storage, type Ec2StorageRaw } from './ec2-storage.js'

/** SDK shapes the normalizer reads (normalize/ does not import SDKs itself). */
export type { Instance } from '@aws-sdk/client-ec2'

/** Raw EC2, VPC and EBS data of one region, as the APIs returned it. */
export interface Ec2Raw extends Ec2NetworkRaw, Ec2StorageRaw {
  /** Instances of every reservation, terminated ones included (the normalizer drops them). */
  instances: Instance[]
  /** Base64 user data per instance id (DescribeInstanceAttribute userData; null = none), for instances not terminated. */
  userData: Record<string, CallResult<string | null>>
}

const TYPES = [
  'aws.ec2.instance',
  'aws.ec2.security-group',
  'aws.ec2.network-acl',
  'aws.ec2.vpc',
  'aws.ec2.subnet',
  'aws.ec2.volume',
  'aws.ec2.snapshot',
  'aws.ec2.image',
  'aws.ec2.ebs-encryption-default',
]

/** Base64 user data of each instance that is not terminated; a failed call leaves only that instance's user data Unknown. */
async function collectUserData(ctx: CollectContext, ec2: EC2Client, instances: readonly Instance[]): Promise<Ec2Raw['userData']> {
  const userData: Ec2Raw['userData'] = {}
  const live = instances.filter((i) => i.InstanceId && i.State?.Name !== 'terminated')
  await mapLimit(live, 8, async (i) => {
    const InstanceId = i.InstanceId ?? ''
    userData[InstanceId] = await ctx.call(
      'DescribeInstanceAttribute',
      async (abortSignal) =>
        (await ec2.send(new DescribeInstanceAttributeCommand({ InstanceId, Attribute: 'userData' }), { abortSignal })).UserData?.Value || null,
      { resource: ec2Arn(ctx.region, ctx.account, 'instance', InstanceId) },
    )
  })
  return userData
}

/** EC2 instances (with their user data), security groups, network ACLs, VPCs, subnets, volumes, snapshots, AMIs and EBS defaults. */
export const ec2Collector: AwsCollector<Ec2Raw> = {
  service: 'ec2',
  scope: 'regional',
  produces: TYPES,
  async collect(ctx, session) {
    const ec2 = session.client(EC2Client, ctx.region)
    const [instances, network, storage] = await Promise.all([
      listOf(
        ctx,
        'DescribeInstances',
        'aws.ec2.instance',
        (abortSignal) => paginateDescribeInstances({ client: ec2 }, {}, { abortSignal }),
        (p) => p.Reservations?.flatMap((r) => r.Instances ?? []),
      ).then(async (list) => ({ list, userData: await collectUserData(ctx, ec2, list) })),
      collectEc2Network(ctx, ec2),
      collectEc2Storage(ctx, ec2),
    ])
    return { instances: instances.list, userData: instances.userData, ...network, ...storage }
  },
}
