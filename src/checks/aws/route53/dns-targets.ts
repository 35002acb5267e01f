/**
 * Recognises DNS names of AWS resources whose names can be released and claimed again (S3 buckets, load balancers,
 * CloudFront distributions, Elastic Beanstalk environments, EC2 public addresses) and looks them up in the inventory,
 * for the dangling-record check. Not a check itself (the file name does not start with `aws-`).
 */
import type { Inventory } from '../../../core/inventory.js'
import type { Resource } from '../../../core/resource.js'
import { AWS, type AccountAttributes, type InstanceAttributes, type S3BucketAttributes } from '../../../normalize/aws/types.js'

/** Type ids of resources collected by another group; used as plain strings (attributes dnsName / domainName / cname). */
export const ELBV2_LOAD_BALANCER = 'aws.elbv2.load-balancer'
export const ELB_LOAD_BALANCER = 'aws.elb.load-balancer'
export const CLOUDFRONT_DISTRIBUTION = 'aws.cloudfront.distribution'
export const ELASTIC_BEANSTALK_ENVIRONMENT = 'aws.elasticbeanstalk.environment'

/** An AWS endpoint a record points at. */
export type AwsTarget =
  | { kind: 's3'; host: string; bucket: string; region: string | null }
  | { kind: 'elb'; host: string; region: string }
  | { kind: 'cloudfront'; host: string }
  | { kind: 'elasticbeanstalk'; host: string; region: string }
  | { kind: 'ec2'; host: string; ip: string; region: string }

const REGION = '[a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-\\d{1,2}'
const S3_WEBSITE = new RegExp(`^(?:(.+)\\.)?s3-website[.-](${REGION})\\.amazonaws\\.com$`)
const S3_REGIONAL = new RegExp(`^(?:(.+)\\.)?s3[.-](?:dualstack\\.)?(${REGION})\\.amazonaws\\.com$`)
const S3_GLOBAL = /^(?:(.+)\.)?s3(-external-1)?\.amazonaws\.com$/
const ELB = new RegExp(`^(?:dualstack\\.|ipv6\\.)?(.+\\.(${REGION})\\.elb\\.amazonaws\\.com)$`)
const NLB = new RegExp(`^(?:dualstack\\.)?(.+\\.elb\\.(${REGION})\\.amazonaws\\.com)$`)
const CLOUDFRONT = /^[a-z0-9]+\.cloudfront\.net$/
const BEANSTALK = new RegExp(`^.+\\.(${REGION})\\.elasticbeanstalk\\.com$`)
const BEANSTALK_LEGACY = /^[^.]+\.elasticbeanstalk\.com$/
const EC2_US_EAST_1 = /^ec2-(\d+)-(\d+)-(\d+)-(\d+)\.compute-1\.amazonaws\.com$/
const EC2 = new RegExp(`^ec2-(\\d+)-(\\d+)-(\\d+)-(\\d+)\\.(${REGION})\\.compute\\.amazonaws\\.com$`)

/** A host name as written in a record value: lowercase, without the trailing dot. */
export function hostOf(value: string): string {
  return value.trim().replace(/\.$/, '').toLowerCase()
}

/**
 * The AWS resource behind `host`, or null for anything else. S3 endpoints without a bucket label (website endpoints used
 * as alias targets, path-less CNAMEs) serve the bucket named like the record, so `recordName` is the bucket then.
 */
export function awsTargetOf(host: string, recordName: string): AwsTarget | null {
  let m: RegExpMatchArray | null
  if ((m = host.match(S3_WEBSITE)) || (m = host.match(S3_REGIONAL))) return { kind: 's3', host, bucket: m[1] ?? recordName, region: m[2]! }
  if ((m = host.match(S3_GLOBAL))) return { kind: 's3', host, bucket: m[1] ?? recordName, region: m[2] ? 'us-east-1' : null }
  if ((m = host.match(ELB)) || (m = host.match(NLB))) return { kind: 'elb', host: m[1]!, region: m[2]! }
  if (CLOUDFRONT.test(host)) return { kind: 'cloudfront', host }
  if ((m = host.match(BEANSTALK))) return { kind: 'elasticbeanstalk', host, region: m[1]! }
  if (BEANSTALK_LEGACY.test(host)) return { kind: 'elasticbeanstalk', host, region: 'us-east-1' }
  if ((m = host.match(EC2_US_EAST_1))) return { kind: 'ec2', host, ip: m.slice(1, 5).join('.'), region: 'us-east-1' }
  if ((m = host.match(EC2))) return { kind: 'ec2', host, ip: m.slice(1, 5).join('.'), region: m[5]! }
  return null
}

/** How a target would be named in a message. */
export function describeTarget(t: AwsTarget): string {
  switch (t.kind) {
    case 's3':
      return `S3 bucket ${t.bucket}`
    case 'elb':
      return `load balancer ${t.host}`
    case 'cloudfront':
      return `CloudFront distribution ${t.host}`
    case 'elasticbeanstalk':
      return `Elastic Beanstalk environment ${t.host}`
    case 'ec2':
      return `EC2 public address ${t.ip}`
  }
}

/** Whether the target exists in the account, is missing, or cannot be decided (with the reason). */
export type TargetStatus = { status: 'exists' } | { status: 'missing' } | { status: 'unknown'; reason: string }

/** A string attribute of a resource of another group's type, lowercased and without a trailing dot. */
function hostAttribute(r: Resource, name: string): string | null {
  const v = (r.attributes as Record<string, unknown> | null)?.[name]
  return typeof v === 'string' ? hostOf(v).replace(/^dualstack\./, '') : null
}

/**
 * Looks a target up among resources of `types` (one family: a target may be any of them). Unknown when the region was
 * not scanned, when a list call for one of the types failed there, or when no resource of any of the types is in the
 * inventory at all (the type was not collected, so absence proves nothing).
 */
function lookup(
  inv: Inventory,
  account: string,
  scanned: readonly string[] | null,
  types: readonly string[],
  region: string | null,
  matchRegion: boolean,
  match: (r: Resource) => boolean,
): TargetStatus {
  if (region && scanned && !scanned.includes(region)) return { status: 'unknown', reason: `region ${region} was not scanned` }
  for (const type of types) {
    const gap = inv.gaps(type, region ? { account, region } : { account })[0]
    if (gap) return { status: 'unknown', reason: `${type} in ${gap.region}: ${gap.service}:${gap.api} failed (${gap.reason})` }
  }
  const all = types.flatMap((t) => inv.ofType(t, { account }))
  if (all.length === 0) return { status: 'unknown', reason: `no ${types.join(' or ')} in the inventory (not collected)` }
  const candidates = matchRegion && region ? all.filter((r) => r.region === region) : all
  return candidates.some(match) ? { status: 'exists' } : { status: 'missing' }
}

/** Decides whether the resource behind a target exists in `account`, according to the inventory. */
export function targetStatus(t: AwsTarget, inv: Inventory, account: string): TargetStatus {
  const scanned = inv.ofType<AccountAttributes>(AWS.account, { account })[0]?.attributes.regions ?? null
  switch (t.kind) {
    case 's3':
      // Bucket names are global: match by name in every region.
      return lookup(
        inv,
        account,
        scanned,
        [AWS.s3Bucket],
        t.region,
        false,
        (r) => (r as Resource<S3BucketAttributes>).attributes.bucketName === t.bucket,
      )
    case 'elb':
      return lookup(inv, account, scanned, [ELBV2_LOAD_BALANCER, ELB_LOAD_BALANCER], t.region, true, (r) => hostAttribute(r, 'dnsName') === t.host)
    case 'cloudfront':
      return lookup(inv, account, scanned, [CLOUDFRONT_DISTRIBUTION], null, false, (r) => hostAttribute(r, 'domainName') === t.host)
    case 'elasticbeanstalk':
      return lookup(inv, account, scanned, [ELASTIC_BEANSTALK_ENVIRONMENT], t.region, true, (r) => hostAttribute(r, 'cname') === t.host)
    case 'ec2':
      return lookup(inv, account, scanned, [AWS.ec2Instance], t.region, true, (r) => (r as Resource<InstanceAttributes>).attributes.publicIp === t.ip)
  }
}
