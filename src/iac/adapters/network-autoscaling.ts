/**
 * Auto Scaling groups from code (aws_autoscaling_group with aws_autoscaling_attachment and
 * aws_autoscaling_traffic_source_attachment folded in; AWS::AutoScaling::AutoScalingGroup).
 *
 * The Availability Zones a group spans are those written, else those of its subnets when the subnets are declared in
 * the same code with a literal availability zone; otherwise they are known only after apply. The health check type
 * defaults to EC2 (https://docs.aws.amazon.com/autoscaling/ec2/APIReference/API_CreateAutoScalingGroup.html).
 */
import { isUnknown, type Maybe } from '../../core/unknown.js'
import { AWS, type AutoScalingGroupAttributes } from '../../normalize/aws/types.js'
import { afterApply, partsAdapter, type AdaptContext, type AdaptedResource, type Adapter, type IacResource } from '../model.js'
import { block, blocks, cfnTags, isUnset, num, str, tfTags, withUnknowns } from './values.js'
import { cfnObj, deref, displayId, idList, idOf, refText, splitKnown } from './network-common.js'

type Values = Readonly<Record<string, unknown>>
type Relation = { kind: string; target: string }

/** Distinct zones of the subnets, read from the declared subnets' literal availability_zone / AvailabilityZone. */
function zonesOfSubnets(ctx: AdaptContext, subnets: unknown, subnetType: string, azField: string): Maybe<string[]> {
  if (isUnknown(subnets)) return subnets
  const items = isUnset(subnets) ? [] : Array.isArray(subnets) ? subnets : [subnets]
  const zones = new Set<string>()
  for (const item of items) {
    const subnet = ctx.resolve(item)
    if (!subnet || subnet.type !== subnetType) return afterApply(`Availability Zone of subnet ${refText(item)}`)
    const az = str(deref(ctx, subnet.values[azField]), null)
    if (isUnknown(az)) return az
    if (az === null) return afterApply(`Availability Zone of subnet ${subnet.address}`)
    zones.add(az)
  }
  return [...zones]
}

/** Zones written on the group, else those of its subnets. */
function zones(ctx: AdaptContext, written: unknown, subnets: unknown, subnetType: string, azField: string): Maybe<string[]> {
  if (!isUnset(written)) {
    if (isUnknown(written)) return written
    const list = Array.isArray(written) ? written : [written]
    const out: string[] = []
    for (const z of list) {
      const s = str(deref(ctx, z), null)
      if (isUnknown(s)) return s
      if (s !== null) out.push(s)
    }
    return [...new Set(out)]
  }
  return zonesOfSubnets(ctx, subnets, subnetType, azField)
}

/** Ids of a list, unknown lists read as empty (the lists only tell whether a load balancer is attached). */
function ids(ctx: AdaptContext, v: unknown): string[] {
  const list = idList(ctx, v)
  return isUnknown(list) ? [] : list
}

function group(
  r: IacResource,
  name: string,
  tags: Record<string, string>,
  fields: Omit<AutoScalingGroupAttributes, 'autoScalingGroupName' | 'availabilityZones' | 'healthCheckType'>,
  az: Maybe<string[]>,
  healthCheck: Maybe<string>,
  relations: Relation[],
): AdaptedResource<AutoScalingGroupAttributes>[] {
  const { known, unknowns } = splitKnown<Record<string, unknown>>(
    { availabilityZones: az, healthCheckType: healthCheck },
    { availabilityZones: [], healthCheckType: 'EC2' },
  )
  const attributes = withUnknowns({ autoScalingGroupName: name, ...fields, ...known } as unknown as AutoScalingGroupAttributes, unknowns)
  return [{ type: AWS.autoscalingGroup, name, tags, attributes, relations }]
}

/** A launch template reference ({id|name, version}) and the relation to a template declared in code. */
function templateRef(
  ctx: AdaptContext,
  id: unknown,
  name: unknown,
  version: unknown,
): { ref: AutoScalingGroupAttributes['launchTemplate']; relation: Relation[] } {
  const declared = ctx.resolve(id) ?? ctx.resolve(name)
  const literalName = str(deref(ctx, name), null)
  const v = str(version, null)
  return {
    ref: {
      id: idOf(ctx, id),
      name:
        typeof literalName === 'string'
          ? literalName
          : declared
            ? displayId(declared, str(declared.values.name ?? declared.values.LaunchTemplateName, null))
            : null,
      version: typeof v === 'string' ? v : null,
    },
    relation: declared ? [{ kind: 'uses-launch-template', target: ctx.uidOf(declared) }] : [],
  }
}

function tfGroup(r: IacResource, ctx: AdaptContext): AdaptedResource<AutoScalingGroupAttributes>[] {
  const v = r.values
  const tags = tfTags(v)
  const name = displayId(r, str(v.name, null))
  const relations: Relation[] = []
  let launchTemplate: AutoScalingGroupAttributes['launchTemplate'] = null
  const lt = block(v, 'launch_template')
  const mixed = block(v, 'mixed_instances_policy')
  const mixedLt = mixed && !isUnknown(mixed) ? block(mixed, 'launch_template') : null
  const spec = mixedLt && !isUnknown(mixedLt) ? block(mixedLt, 'launch_template_specification') : null
  if (lt && !isUnknown(lt)) {
    const t = templateRef(ctx, lt.id, lt.name, lt.version)
    launchTemplate = t.ref
    relations.push(...t.relation)
  } else if (spec && !isUnknown(spec)) {
    const t = templateRef(ctx, spec.launch_template_id, spec.launch_template_name, spec.version)
    launchTemplate = t.ref
    relations.push(...t.relation)
  }
  const lcRes = ctx.resolve(v.launch_configuration)
  if (lcRes) relations.push({ kind: 'uses-launch-configuration', target: ctx.uidOf(lcRes) })
  const lcName = str(deref(ctx, v.launch_configuration), null)
  const attachments = ctx.referencing('aws_autoscaling_attachment', 'autoscaling_group_name', r, [str(v.name, null)])
  const sourceAttachments = ctx.referencing('aws_autoscaling_traffic_source_attachment', 'autoscaling_group_name', r, [str(v.name, null)])
  const sourceBlocks = [...asBlocks(v, 'traffic_source'), ...sourceAttachments.flatMap((a) => asBlocks(a.values, 'traffic_source'))]
  const minSize = num(v.min_size, 0)
  const maxSize = num(v.max_size, 0)
  const desired = num(v.desired_capacity, null)
  return group(
    r,
    name,
    tags,
    {
      launchTemplate,
      launchConfigurationName: lcRes
        ? displayId(lcRes, str(lcRes.values.name, null))
        : typeof lcName === 'string'
          ? lcName
          : isUnset(v.launch_configuration)
            ? null
            : refText(v.launch_configuration),
      subnetIds: ids(ctx, v.vpc_zone_identifier),
      loadBalancerNames: [...ids(ctx, v.load_balancers), ...attachments.flatMap((a) => ids(ctx, a.values.elb))],
      targetGroupArns: [...ids(ctx, v.target_group_arns), ...attachments.flatMap((a) => ids(ctx, a.values.lb_target_group_arn))],
      trafficSources: sourceBlocks.map((b) => ({ identifier: idOf(ctx, b.identifier) ?? '', type: nullableStr(b.type) })),
      minSize: typeof minSize === 'number' ? minSize : 0,
      maxSize: typeof maxSize === 'number' ? maxSize : 0,
      desiredCapacity: typeof desired === 'number' ? desired : null,
    },
    zones(ctx, v.availability_zones, v.vpc_zone_identifier, 'aws_subnet', 'availability_zone'),
    str(v.health_check_type, 'EC2'),
    relations,
  )
}

function asBlocks(v: Values, name: string): Values[] {
  const b = blocks(v, name)
  return isUnknown(b) ? [] : b
}

function nullableStr(v: unknown): string | null {
  const s = str(v, null)
  return typeof s === 'string' ? s : null
}

function cfnGroup(r: IacResource, ctx: AdaptContext): AdaptedResource<AutoScalingGroupAttributes>[] {
  const v = r.values
  const tags = cfnTags(v)
  const name = displayId(r, str(v.AutoScalingGroupName, null))
  const relations: Relation[] = []
  let launchTemplate: AutoScalingGroupAttributes['launchTemplate'] = null
  const lt = cfnObj(v.LaunchTemplate)
  const mixed = cfnObj(v.MixedInstancesPolicy)
  const mixedLt = mixed && !isUnknown(mixed) ? cfnObj(mixed.LaunchTemplate) : null
  const spec = mixedLt && !isUnknown(mixedLt) ? cfnObj(mixedLt.LaunchTemplateSpecification) : null
  const chosen = lt && !isUnknown(lt) ? lt : spec && !isUnknown(spec) ? spec : null
  if (chosen) {
    const t = templateRef(ctx, chosen.LaunchTemplateId, chosen.LaunchTemplateName, chosen.Version)
    launchTemplate = t.ref
    relations.push(...t.relation)
  }
  const lcRes = ctx.resolve(v.LaunchConfigurationName)
  if (lcRes) relations.push({ kind: 'uses-launch-configuration', target: ctx.uidOf(lcRes) })
  const lcName = str(v.LaunchConfigurationName, null)
  const sources = Array.isArray(v.TrafficSources) ? (v.TrafficSources as Values[]) : []
  const minSize = num(v.MinSize, 0)
  const maxSize = num(v.MaxSize, 0)
  const desired = num(v.DesiredCapacity, null)
  return group(
    r,
    name,
    tags,
    {
      launchTemplate,
      launchConfigurationName: lcRes
        ? displayId(lcRes, str(lcRes.values.LaunchConfigurationName, null))
        : typeof lcName === 'string'
          ? lcName
          : isUnset(v.LaunchConfigurationName)
            ? null
            : refText(v.LaunchConfigurationName),
      subnetIds: ids(ctx, v.VPCZoneIdentifier),
      loadBalancerNames: ids(ctx, v.LoadBalancerNames),
      targetGroupArns: ids(ctx, v.TargetGroupARNs),
      trafficSources: sources.map((s) => ({ identifier: idOf(ctx, s.Identifier) ?? '', type: nullableStr(s.Type) })),
      minSize: typeof minSize === 'number' ? minSize : 0,
      maxSize: typeof maxSize === 'number' ? maxSize : 0,
      desiredCapacity: typeof desired === 'number' ? desired : null,
    },
    zones(ctx, v.AvailabilityZones, v.VPCZoneIdentifier, 'AWS::EC2::Subnet', 'AvailabilityZone'),
    str(v.HealthCheckType, 'EC2'),
    relations,
  )
}

/** Auto Scaling group adapters (Terraform and CloudFormation). */
export const autoscalingAdapters: Adapter[] = [
  { language: 'terraform', types: ['aws_autoscaling_group'], produces: [AWS.autoscalingGroup], adapt: tfGroup },
  { language: 'cloudformation', types: ['AWS::AutoScaling::AutoScalingGroup'], produces: [AWS.autoscalingGroup], adapt: cfnGroup },
  partsAdapter('terraform', ['aws_autoscaling_attachment', 'aws_autoscaling_traffic_source_attachment']),
]
