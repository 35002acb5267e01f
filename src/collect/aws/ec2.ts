import { EC2Client, paginateDescribeInstances, type Instance } from '@aws-sdk/client-ec2'
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

/** EC2 instances, security groups, network ACLs, VPCs, subnets, volumes, snapshots, AMIs and EBS defaults. */
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
      ),
      collectEc2Network(ctx, ec2),
      collectEc2Storage(ctx, ec2),
    ])
    return { instances, ...network, ...storage }
  },
}
