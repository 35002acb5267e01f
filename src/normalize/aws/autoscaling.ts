import type { Relation, Resource } from '../../core/resource.js'
import type { AutoscalingRaw, AutoScalingGroup, LaunchConfiguration } from '../../collect/aws/autoscaling.js'
import { partitionOf } from '../../collect/aws/ec2-arn.js'
import { AWS, type AutoScalingGroupAttributes, type LaunchConfigurationAttributes } from './types.js'
import { awsResource, iso, tagsOf, type NormalizeScope } from './helpers.js'
import { launchEbsVolumes, launchMetadataOptions, launchTemplateArn, userDataSecrets } from './ec2-launch-templates.js'

/**
 * ARN of a launch configuration when the response omits it. The real ARN carries a UUID
 * (`arn:aws:autoscaling:<region>:<acct>:launchConfiguration:<uuid>:launchConfigurationName/<name>`), which only the API knows.
 */
function launchConfigurationArn(scope: NormalizeScope, name: string): string {
  return `arn:${partitionOf(scope.region)}:autoscaling:${scope.region}:${scope.account}:launchConfiguration:*:launchConfigurationName/${name}`
}

/** A launch configuration → aws.autoscaling.launch-configuration (user data reduced to secret hits). */
function launchConfiguration(lc: LaunchConfiguration, scope: NormalizeScope): Resource<LaunchConfigurationAttributes> {
  const name = lc.LaunchConfigurationName ?? ''
  return awsResource<LaunchConfigurationAttributes>({
    uid: lc.LaunchConfigurationARN ?? launchConfigurationArn(scope, name),
    type: AWS.autoscalingLaunchConfiguration,
    account: scope.account,
    region: scope.region,
    name,
    relations: lc.IamInstanceProfile ? [{ kind: 'uses-instance-profile', target: lc.IamInstanceProfile }] : [],
    attributes: {
      launchConfigurationName: name,
      imageId: lc.ImageId ?? '',
      createdTime: iso(lc.CreatedTime),
      metadataOptions: launchMetadataOptions(lc.MetadataOptions),
      associatePublicIp: lc.AssociatePublicIpAddress ?? null,
      ebsVolumes: launchEbsVolumes(lc.BlockDeviceMappings),
      userDataSecrets: userDataSecrets(lc.UserData),
    },
  })
}

/** The group's launch template, directly or through its mixed instances policy. */
function templateOf(g: AutoScalingGroup): AutoScalingGroupAttributes['launchTemplate'] {
  const t = g.LaunchTemplate ?? g.MixedInstancesPolicy?.LaunchTemplate?.LaunchTemplateSpecification
  if (!t) return null
  return { id: t.LaunchTemplateId ?? null, name: t.LaunchTemplateName ?? null, version: t.Version ?? null }
}

/** An Auto Scaling group → aws.autoscaling.group. */
function group(g: AutoScalingGroup, scope: NormalizeScope, lcArns: ReadonlyMap<string, string>): Resource<AutoScalingGroupAttributes> {
  const name = g.AutoScalingGroupName ?? ''
  const launchTemplate = templateOf(g)
  const relations: Relation[] = []
  if (launchTemplate?.id) relations.push({ kind: 'uses-launch-template', target: launchTemplateArn(scope, launchTemplate.id) })
  if (g.LaunchConfigurationName) {
    relations.push({
      kind: 'uses-launch-configuration',
      target: lcArns.get(g.LaunchConfigurationName) ?? launchConfigurationArn(scope, g.LaunchConfigurationName),
    })
  }
  return awsResource<AutoScalingGroupAttributes>({
    uid:
      g.AutoScalingGroupARN ??
      `arn:${partitionOf(scope.region)}:autoscaling:${scope.region}:${scope.account}:autoScalingGroup:*:autoScalingGroupName/${name}`,
    type: AWS.autoscalingGroup,
    account: scope.account,
    region: scope.region,
    name,
    tags: tagsOf(g.Tags),
    relations,
    attributes: {
      autoScalingGroupName: name,
      launchTemplate,
      launchConfigurationName: g.LaunchConfigurationName ?? null,
      availabilityZones: g.AvailabilityZones ?? [],
      subnetIds: (g.VPCZoneIdentifier ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
      healthCheckType: g.HealthCheckType ?? 'EC2',
      loadBalancerNames: g.LoadBalancerNames ?? [],
      targetGroupArns: g.TargetGroupARNs ?? [],
      trafficSources: (g.TrafficSources ?? []).filter((t) => t.Identifier).map((t) => ({ identifier: t.Identifier ?? '', type: t.Type ?? null })),
      minSize: g.MinSize ?? 0,
      maxSize: g.MaxSize ?? 0,
      desiredCapacity: g.DesiredCapacity ?? null,
    },
  })
}

/** Auto Scaling groups and launch configurations of one region. */
export function normalizeAutoscaling(raw: AutoscalingRaw, scope: NormalizeScope): Resource[] {
  const configurations = raw.launchConfigurations.map((lc) => launchConfiguration(lc, scope))
  const lcArns = new Map(configurations.map((r) => [r.attributes.launchConfigurationName, r.uid]))
  return [...raw.groups.map((g) => group(g, scope, lcArns)), ...configurations] as Resource[]
}
