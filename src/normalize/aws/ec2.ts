import type { Relation, Resource } from '../../core/resource.js'
import type { Ec2Raw, Instance } from '../../collect/aws/ec2.js'
import { ec2Arn } from '../../collect/aws/ec2-arn.js'
import { AWS, type InstanceAttributes } from './types.js'
import { awsResource, iso, type NormalizeScope } from './helpers.js'
import { ec2Envelope, inVpc, normalizeEc2Network } from './ec2-network.js'
import { normalizeEc2Storage } from './ec2-storage.js'
import { userDataSecrets } from './ec2-launch-templates.js'
import { unknown } from '../../core/unknown.js'

/** IMDS settings; null when the response has none (InstanceMetadataOptionsResponse). */
function metadataOptions(i: Instance): InstanceAttributes['metadataOptions'] {
  const m = i.MetadataOptions
  // Without HttpTokens we cannot tell IMDSv1 from IMDSv2-only, so report the options as absent rather than guess.
  if (!m?.HttpTokens) return null
  return {
    httpTokens: m.HttpTokens === 'required' ? 'required' : 'optional',
    // HttpEndpoint defaults to enabled (Instance metadata options, EC2 user guide).
    httpEndpoint: m.HttpEndpoint === 'disabled' ? 'disabled' : 'enabled',
    httpPutResponseHopLimit: m.HttpPutResponseHopLimit ?? null,
  }
}

/** Edges from an instance to its security groups, subnet, VPC and instance profile. */
function instanceRelations(i: Instance, scope: NormalizeScope): Relation[] {
  const arn = (kind: 'security-group' | 'subnet', id: string) => ec2Arn(scope.region, scope.account, kind, id)
  return [
    ...(i.SecurityGroups ?? [])
      .filter((g) => g.GroupId)
      .map((g) => ({ kind: 'uses-security-group', target: arn('security-group', g.GroupId ?? '') })),
    ...(i.SubnetId ? [{ kind: 'in-subnet', target: arn('subnet', i.SubnetId) }] : []),
    ...inVpc(scope, i.VpcId),
    ...(i.IamInstanceProfile?.Arn ? [{ kind: 'uses-instance-profile', target: i.IamInstanceProfile.Arn }] : []),
  ]
}

/** An instance → aws.ec2.instance (user data reduced to the secrets found in it). */
function instance(i: Instance, scope: NormalizeScope, userData: Ec2Raw['userData']): Resource<InstanceAttributes> {
  const id = i.InstanceId ?? ''
  const data = userData[id]
  return awsResource<InstanceAttributes>({
    ...ec2Envelope(scope, 'instance', AWS.ec2Instance, id, i.Tags),
    attributes: {
      instanceId: id,
      state: i.State?.Name ?? '',
      instanceType: i.InstanceType ?? '',
      imageId: i.ImageId ?? '',
      publicIp: i.PublicIpAddress ?? null,
      securityGroupIds: (i.SecurityGroups ?? []).map((g) => g.GroupId).filter((g): g is string => !!g),
      subnetId: i.SubnetId ?? null,
      vpcId: i.VpcId ?? null,
      instanceProfileArn: i.IamInstanceProfile?.Arn ?? null,
      metadataOptions: metadataOptions(i),
      launchTime: iso(i.LaunchTime),
      userDataSecrets: !data
        ? unknown('ec2:DescribeInstanceAttribute: user data not collected')
        : data.ok
          ? userDataSecrets(data.value)
          : unknown(`ec2:DescribeInstanceAttribute: ${data.reason}`),
    },
    relations: instanceRelations(i, scope),
  })
}

/** EC2, VPC and EBS raw data of one region → instances, network and storage resources. */
export function normalizeEc2(raw: Ec2Raw, scope: NormalizeScope): Resource[] {
  // Terminated instances stay listed for about an hour and no longer exist for any purpose (Instance lifecycle).
  const live = raw.instances.filter((i) => i.State?.Name !== 'terminated')
  return [...live.map((i) => instance(i, scope, raw.userData)), ...normalizeEc2Network(raw, scope), ...normalizeEc2Storage(raw, scope)] as Resource[]
}
