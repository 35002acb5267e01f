/**
 * Route 53 hosted zones from code: `aws_route53_zone` with `aws_route53_query_log` and
 * `aws_route53_hosted_zone_dnssec`, and `AWS::Route53::HostedZone` (QueryLoggingConfig) with `AWS::Route53::DNSSEC`.
 * A zone with a `vpc` block (VPCs property) is private: no DNSSEC and no query logging exist for it.
 * Whether records point at resources that still exist is a fact about the account, not the code.
 */
import { isUnknown } from '../../core/unknown.js'
import { AWS, type Route53HostedZoneAttributes } from '../../normalize/aws/types.js'
import { notInCode, partsAdapter, type AdaptContext, type AdaptedResource, type Adapter, type IacResource } from '../model.js'
import { cfnList, linkOf, partsOf } from './edge-shared.js'
import { blocks, cfnTags, obj, str, tfTags } from './values.js'

/** Record targets are checked against the inventory; code declares only part of an account, so it cannot say. */
const RECORDS = notInCode('whether the AWS resources the zone records point at exist in the account')

function zoneNameOf(v: unknown, fallback: string): string {
  const s = str(v, null)
  return typeof s === 'string' ? s.replace(/\.$/, '').toLowerCase() : fallback
}

function logGroups(links: unknown[], ctx: AdaptContext): string[] {
  return links.map((l) => linkOf(l, ctx)).map((l) => (typeof l === 'string' ? l : '(known after apply)'))
}

function zone(
  r: IacResource,
  zoneName: string,
  attrs: Omit<Route53HostedZoneAttributes, 'hostedZoneId' | 'zoneName' | 'recordCount' | 'records'>,
  tags: Record<string, string>,
): AdaptedResource[] {
  const attributes: Route53HostedZoneAttributes = {
    hostedZoneId: r.address,
    zoneName,
    recordCount: null,
    records: RECORDS,
    ...attrs,
  }
  return [{ type: AWS.route53HostedZone, name: zoneName, tags, attributes }]
}

function tfZone(r: IacResource, ctx: AdaptContext): AdaptedResource[] {
  const v = r.values
  const vpcs = blocks(v, 'vpc')
  const privateZone = isUnknown(vpcs) || vpcs.length > 0
  const queryLogs = partsOf(ctx, 'aws_route53_query_log', 'zone_id', r).map((q) => q.values.cloudwatch_log_group_arn)
  // The provider's own example reads the zone id from the key signing key (`aws_route53_key_signing_key.k.hosted_zone_id`).
  const dnssec = ctx.ofType('aws_route53_hosted_zone_dnssec').find((d) => {
    const via = ctx.resolve(d.values.hosted_zone_id)
    return via === r || (via?.type === 'aws_route53_key_signing_key' && ctx.resolve(via.values.hosted_zone_id) === r)
  })
  // signing_status defaults to SIGNING (provider docs, aws_route53_hosted_zone_dnssec).
  const status = dnssec ? str(dnssec.values.signing_status, 'SIGNING') : 'NOT_SIGNING'
  return zone(
    r,
    zoneNameOf(v.name, r.address),
    {
      privateZone,
      dnssecStatus: privateZone ? null : status,
      queryLogGroups: privateZone ? null : logGroups(queryLogs, ctx),
    },
    tfTags(v),
  )
}

function cfnZone(r: IacResource, ctx: AdaptContext): AdaptedResource[] {
  const v = r.values
  const vpcs = cfnList(v.VPCs)
  const privateZone = isUnknown(vpcs) || vpcs.length > 0
  const qlc = obj(v.QueryLoggingConfig)
  const queryLogs = isUnknown(qlc) ? [qlc] : qlc ? [qlc.CloudWatchLogsLogGroupArn] : []
  // An AWS::Route53::DNSSEC resource turns signing on for its zone.
  const signing = partsOf(ctx, 'AWS::Route53::DNSSEC', 'HostedZoneId', r).length > 0
  return zone(
    r,
    zoneNameOf(v.Name, r.address),
    {
      privateZone,
      dnssecStatus: privateZone ? null : signing ? 'SIGNING' : 'NOT_SIGNING',
      queryLogGroups: privateZone ? null : logGroups(queryLogs, ctx),
    },
    cfnTags(v, 'HostedZoneTags'),
  )
}

/** Route 53 adapters (Terraform and CloudFormation). */
export const route53Adapters: Adapter[] = [
  { language: 'terraform', types: ['aws_route53_zone'], produces: [AWS.route53HostedZone], adapt: tfZone },
  { language: 'cloudformation', types: ['AWS::Route53::HostedZone'], produces: [AWS.route53HostedZone], adapt: cfnZone },
  partsAdapter('terraform', [
    'aws_route53_query_log',
    'aws_route53_hosted_zone_dnssec',
    'aws_route53_key_signing_key',
    'aws_route53_record',
    'aws_route53_zone_association',
  ]),
  partsAdapter('cloudformation', ['AWS::Route53::DNSSEC', 'AWS::Route53::KeySigningKey', 'AWS::Route53::RecordSet', 'AWS::Route53::RecordSetGroup']),
]
