import { describe, expect, it } from 'vitest'
import type { AutoscalingRaw, AutoScalingGroup, LaunchConfiguration } from '../../collect/aws/autoscaling.js'
import type { Resource } from '../../core/resource.js'
import { normalizeAutoscaling } from './autoscaling.js'
import { AWS, type AutoScalingGroupAttributes, type LaunchConfigurationAttributes } from './types.js'

const ACCOUNT = '111122223333'
const scope = { account: ACCOUNT, region: 'us-east-1', regions: ['us-east-1'] }
const LC_ARN = `arn:aws:autoscaling:us-east-1:${ACCOUNT}:launchConfiguration:0f1e2d3c-aaaa-bbbb-cccc-111122223333:launchConfigurationName/legacy-lc`
const ASG_ARN = (n: string) =>
  `arn:aws:autoscaling:us-east-1:${ACCOUNT}:autoScalingGroup:5e6f7a8b-aaaa-bbbb-cccc-111122223333:autoScalingGroupName/${n}`
const PASSWORD = ['Xk9#mP2', '$vL7qR4wZ'].join('')

const lc: LaunchConfiguration = {
  LaunchConfigurationName: 'legacy-lc',
  LaunchConfigurationARN: LC_ARN,
  ImageId: 'ami-0abcdef1234567890',
  InstanceType: 't3.micro',
  SecurityGroups: ['sg-0123'],
  UserData: Buffer.from(`#!/bin/bash\nexport DB_PASSWORD=${PASSWORD}\n`).toString('base64'),
  IamInstanceProfile: `arn:aws:iam::${ACCOUNT}:instance-profile/web`,
  AssociatePublicIpAddress: true,
  BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: { VolumeSize: 8, Encrypted: false } }],
  CreatedTime: new Date('2024-03-01T12:00:00Z'),
}

const group = (name: string, over: Partial<AutoScalingGroup> = {}): AutoScalingGroup => ({
  AutoScalingGroupName: name,
  AutoScalingGroupARN: ASG_ARN(name),
  MinSize: 1,
  MaxSize: 4,
  DesiredCapacity: 2,
  DefaultCooldown: 300,
  AvailabilityZones: ['us-east-1a', 'us-east-1b'],
  VPCZoneIdentifier: 'subnet-aaa,subnet-bbb',
  HealthCheckType: 'ELB',
  HealthCheckGracePeriod: 300,
  CreatedTime: new Date('2024-03-01T12:00:00Z'),
  TargetGroupARNs: [`arn:aws:elasticloadbalancing:us-east-1:${ACCOUNT}:targetgroup/web/0123456789abcdef`],
  TrafficSources: [{ Identifier: `arn:aws:elasticloadbalancing:us-east-1:${ACCOUNT}:targetgroup/web/0123456789abcdef`, Type: 'elbv2' }],
  Tags: [{ Key: 'env', Value: 'prod', PropagateAtLaunch: true, ResourceId: name, ResourceType: 'auto-scaling-group' }],
  ...over,
})

describe('normalizeAutoscaling', () => {
  const raw: AutoscalingRaw = {
    groups: [
      group('web', { LaunchTemplate: { LaunchTemplateId: 'lt-0abc', LaunchTemplateName: 'web', Version: '$Latest' } }),
      group('legacy', {
        LaunchConfigurationName: 'legacy-lc',
        HealthCheckType: 'EC2',
        AvailabilityZones: ['us-east-1a'],
        TargetGroupARNs: [],
        TrafficSources: [],
      }),
      group('mixed', {
        MixedInstancesPolicy: { LaunchTemplate: { LaunchTemplateSpecification: { LaunchTemplateId: 'lt-0def', Version: '$Default' } } },
      }),
    ],
    launchConfigurations: [lc],
  }
  const out = normalizeAutoscaling(raw, scope)
  const groups = out.filter((r) => r.type === AWS.autoscalingGroup) as Resource<AutoScalingGroupAttributes>[]

  it('groups: launch template (direct or mixed), launch configuration, zones, health check, traffic sources', () => {
    expect(groups.map((g) => g.uid)).toEqual([ASG_ARN('web'), ASG_ARN('legacy'), ASG_ARN('mixed')])
    expect(groups[0]).toMatchObject({
      tags: { env: 'prod' },
      relations: [{ kind: 'uses-launch-template', target: `arn:aws:ec2:us-east-1:${ACCOUNT}:launch-template/lt-0abc` }],
      attributes: {
        launchTemplate: { id: 'lt-0abc', name: 'web', version: '$Latest' },
        launchConfigurationName: null,
        availabilityZones: ['us-east-1a', 'us-east-1b'],
        subnetIds: ['subnet-aaa', 'subnet-bbb'],
        healthCheckType: 'ELB',
        trafficSources: [{ identifier: expect.stringContaining('targetgroup/web') as string, type: 'elbv2' }],
      },
    })
    expect(groups[1]!.attributes).toMatchObject({ launchTemplate: null, launchConfigurationName: 'legacy-lc', healthCheckType: 'EC2' })
    expect(groups[1]!.relations).toEqual([{ kind: 'uses-launch-configuration', target: LC_ARN }])
    expect(groups[2]!.attributes.launchTemplate).toEqual({ id: 'lt-0def', name: null, version: '$Default' })
  })

  it('launch configurations: IMDS, public IP, EBS and user-data secrets without the value', () => {
    const [r] = out.filter((x) => x.type === AWS.autoscalingLaunchConfiguration) as Resource<LaunchConfigurationAttributes>[]
    expect(r).toMatchObject({
      uid: LC_ARN,
      name: 'legacy-lc',
      attributes: {
        launchConfigurationName: 'legacy-lc',
        imageId: 'ami-0abcdef1234567890',
        createdTime: '2024-03-01T12:00:00.000Z',
        metadataOptions: null,
        associatePublicIp: true,
        ebsVolumes: [{ deviceName: '/dev/xvda', encrypted: false, kmsKeyId: null, snapshotId: null }],
        userDataSecrets: [{ location: 'user data line 2', kind: 'high-entropy value assigned to DB_PASSWORD' }],
      },
    })
    expect(JSON.stringify(r)).not.toContain(PASSWORD)
  })

  it('IMDS options set on a launch configuration', () => {
    const [r] = normalizeAutoscaling(
      { groups: [], launchConfigurations: [{ ...lc, MetadataOptions: { HttpTokens: 'required', HttpEndpoint: 'enabled' }, UserData: undefined }] },
      scope,
    ) as Resource<LaunchConfigurationAttributes>[]
    expect(r!.attributes.metadataOptions).toEqual({ httpTokens: 'required', httpEndpoint: 'enabled' })
    expect(r!.attributes.userDataSecrets).toBeNull()
  })
})
