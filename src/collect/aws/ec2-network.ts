import {
  paginateDescribeFlowLogs,
  paginateDescribeNetworkAcls,
  paginateDescribeNetworkInterfaces,
  paginateDescribeSecurityGroups,
  paginateDescribeSubnets,
  paginateDescribeVpcs,
  type EC2Client,
  type FlowLog,
  type NetworkAcl,
  type NetworkInterface,
  type SecurityGroup,
  type Subnet,
  type Vpc,
} from '@aws-sdk/client-ec2'
import type { CallResult, CollectContext } from '../collector.js'
import { listOf } from '../list-of.js'

/** SDK shapes the normalizer reads (normalize/ does not import SDKs itself). */
export type { IpPermission, NetworkAcl, NetworkAclEntry, SecurityGroup, Subnet, Vpc } from '@aws-sdk/client-ec2'

/** Raw VPC-level network data of one region; list calls that failed leave an empty list (and a recorded error). */
export interface Ec2NetworkRaw {
  securityGroups: SecurityGroup[]
  /** Only what counting group usage needs; a failure makes every group's ENI count Unknown. */
  networkInterfaces: CallResult<Pick<NetworkInterface, 'NetworkInterfaceId' | 'Groups'>[]>
  networkAcls: NetworkAcl[]
  vpcs: Vpc[]
  /** Every flow log of the region (VPC, subnet and ENI ones); a failure makes every VPC's flowLogs Unknown. */
  flowLogs: CallResult<FlowLog[]>
  subnets: Subnet[]
}

/** Security groups, network interfaces (for group usage), network ACLs, VPCs with flow logs, and subnets. */
export async function collectEc2Network(ctx: CollectContext, ec2: EC2Client): Promise<Ec2NetworkRaw> {
  // Paginators pass extra arguments on to client.send, so the abort signal reaches every page request.
  const client = { client: ec2 }
  const [securityGroups, networkInterfaces, networkAcls, vpcs, flowLogs, subnets] = await Promise.all([
    listOf(
      ctx,
      'DescribeSecurityGroups',
      'aws.ec2.security-group',
      (abortSignal) => paginateDescribeSecurityGroups(client, {}, { abortSignal }),
      (p) => p.SecurityGroups,
    ),
    // No `affects`: the groups themselves are complete; only their attachedEnis becomes Unknown.
    ctx.paginate(
      'DescribeNetworkInterfaces',
      (abortSignal) => paginateDescribeNetworkInterfaces(client, {}, { abortSignal }),
      (p) => p.NetworkInterfaces?.map((n) => ({ NetworkInterfaceId: n.NetworkInterfaceId, Groups: n.Groups })),
    ),
    listOf(
      ctx,
      'DescribeNetworkAcls',
      'aws.ec2.network-acl',
      (abortSignal) => paginateDescribeNetworkAcls(client, {}, { abortSignal }),
      (p) => p.NetworkAcls,
    ),
    listOf(
      ctx,
      'DescribeVpcs',
      'aws.ec2.vpc',
      (abortSignal) => paginateDescribeVpcs(client, {}, { abortSignal }),
      (p) => p.Vpcs,
    ),
    ctx.paginate(
      'DescribeFlowLogs',
      (abortSignal) => paginateDescribeFlowLogs(client, {}, { abortSignal }),
      (p) => p.FlowLogs,
    ),
    listOf(
      ctx,
      'DescribeSubnets',
      'aws.ec2.subnet',
      (abortSignal) => paginateDescribeSubnets(client, {}, { abortSignal }),
      (p) => p.Subnets,
    ),
  ])
  return { securityGroups, networkInterfaces, networkAcls, vpcs, flowLogs, subnets }
}
