import { describe, expect, it } from 'vitest'
import type { CollectionError, Resource } from '../../../core/resource.js'
import { unknown } from '../../../core/unknown.js'
import { AWS, settingUid, type AccountAttributes, type DnsRecord } from '../../../normalize/aws/types.js'
import check from './aws-route53-zone-no-dangling-records.js'
import { awsTargetOf } from './dns-targets.js'
import { rec, zone } from './fixtures.js'
import { awsFixture, runCheck } from '../../_shared/testing.js'

const ACCOUNT = '111122223333'
const bucket = (name: string, region = 'us-east-1') =>
  awsFixture<unknown>(AWS.s3Bucket, { bucketName: name }, { uid: `arn:aws:s3:::${name}`, name, region })
const alb = (dnsName: string, region = 'us-east-1') =>
  awsFixture<unknown>('aws.elbv2.load-balancer', { dnsName }, { name: dnsName.split('.')[0], region })
const distribution = (domainName: string) =>
  awsFixture<unknown>('aws.cloudfront.distribution', { domainName }, { name: domainName, region: 'global' })
const instance = (publicIp: string | null, region = 'us-east-1') =>
  awsFixture<unknown>(AWS.ec2Instance, { instanceId: 'i-0abc', publicIp }, { name: 'web', region })
const account = (regions: string[]) =>
  awsFixture<AccountAttributes>(
    AWS.account,
    { accountId: ACCOUNT, regions, trustedAccounts: [] },
    { uid: settingUid(ACCOUNT, 'global', 'account'), region: 'global' },
  )
const listBucketsFailed: CollectionError = {
  provider: 'aws',
  account: ACCOUNT,
  service: 's3',
  region: 'global',
  api: 'ListBuckets',
  reason: 'AccessDenied',
  resourceTypes: [AWS.s3Bucket],
}

describe(check.id, () => {
  const cases: { name: string; records: DnsRecord[]; others: Resource[]; errors?: CollectionError[]; expected: string }[] = [
    { name: 'no records pointing at AWS', records: [rec('www.example.com', 'A', ['203.0.113.10'])], others: [], expected: 'pass' },
    {
      name: 'CNAME to a bucket of the account',
      records: [rec('assets.example.com', 'CNAME', ['assets.example.com.s3.amazonaws.com'])],
      others: [bucket('assets.example.com')],
      expected: 'pass',
    },
    {
      name: 'CNAME to a bucket that is gone',
      records: [rec('old.example.com', 'CNAME', ['old-campaign.s3.amazonaws.com'])],
      others: [bucket('assets.example.com')],
      expected: 'fail',
    },
    {
      name: 'alias to an S3 website endpoint whose bucket (named like the record) is gone',
      records: [rec('promo.example.com', 'A', [], 's3-website-us-east-1.amazonaws.com')],
      others: [bucket('assets.example.com')],
      expected: 'fail',
    },
    {
      name: 'CNAME to a bucket but no bucket in the inventory (S3 not collected)',
      records: [rec('old.example.com', 'CNAME', ['old-campaign.s3.amazonaws.com'])],
      others: [],
      expected: 'error',
    },
    {
      name: 'CNAME to a bucket while ListBuckets failed',
      records: [rec('old.example.com', 'CNAME', ['old-campaign.s3.amazonaws.com'])],
      others: [bucket('assets.example.com')],
      errors: [listBucketsFailed],
      expected: 'error',
    },
    {
      name: 'alias to an existing load balancer (dualstack)',
      records: [rec('app.example.com', 'A', [], 'dualstack.web-123456.us-east-1.elb.amazonaws.com')],
      others: [alb('web-123456.us-east-1.elb.amazonaws.com')],
      expected: 'pass',
    },
    {
      name: 'CNAME to a deleted load balancer',
      records: [rec('api.example.com', 'CNAME', ['old-api-999.us-east-1.elb.amazonaws.com'])],
      others: [alb('web-123456.us-east-1.elb.amazonaws.com')],
      expected: 'fail',
    },
    {
      name: 'CNAME to a load balancer with no load balancer type collected',
      records: [rec('api.example.com', 'CNAME', ['old-api-999.us-east-1.elb.amazonaws.com'])],
      others: [],
      expected: 'error',
    },
    {
      name: 'CNAME to an existing CloudFront distribution',
      records: [rec('cdn.example.com', 'CNAME', ['d111111abcdef8.cloudfront.net'])],
      others: [distribution('d111111abcdef8.cloudfront.net')],
      expected: 'pass',
    },
    {
      name: 'CNAME to a deleted CloudFront distribution',
      records: [rec('cdn.example.com', 'CNAME', ['d222222abcdef8.cloudfront.net.'])],
      others: [distribution('d111111abcdef8.cloudfront.net')],
      expected: 'fail',
    },
    {
      name: 'CNAME to Elastic Beanstalk (environments not collected)',
      records: [rec('beta.example.com', 'CNAME', ['beta-env.us-east-1.elasticbeanstalk.com'])],
      others: [],
      expected: 'error',
    },
    {
      name: 'CNAME to the public DNS name of a running instance',
      records: [rec('box.example.com', 'CNAME', ['ec2-54-0-0-10.compute-1.amazonaws.com'])],
      others: [instance('54.0.0.10')],
      expected: 'pass',
    },
    {
      name: 'CNAME to an EC2 address no instance holds any more',
      records: [rec('box.example.com', 'CNAME', ['ec2-54-0-0-99.compute-1.amazonaws.com'])],
      others: [instance('54.0.0.10')],
      expected: 'fail',
    },
    {
      name: 'target in a region that was not scanned',
      records: [rec('eu.example.com', 'CNAME', ['eu-api-1.eu-west-1.elb.amazonaws.com'])],
      others: [account(['us-east-1']), alb('web-123456.us-east-1.elb.amazonaws.com')],
      expected: 'error',
    },
    {
      name: 'one dangling record and one unverifiable: fail',
      records: [
        rec('old.example.com', 'CNAME', ['old-campaign.s3.amazonaws.com']),
        rec('beta.example.com', 'CNAME', ['beta-env.us-east-1.elasticbeanstalk.com']),
      ],
      others: [bucket('assets.example.com')],
      expected: 'fail',
    },
  ]
  it.each(cases)('$name → $expected', ({ records, others, errors, expected }) => {
    expect(runCheck(check, zone({ records }), others, errors ?? []).status).toBe(expected)
  })

  it('records not collected → error', () => {
    expect(runCheck(check, zone({ records: unknown('route53:ListResourceRecordSets: AccessDenied') })).status).toBe('error')
  })

  it('names the dangling record and its target', () => {
    const f = runCheck(check, zone({ records: [rec('old.example.com', 'CNAME', ['old-campaign.s3.amazonaws.com'])] }), [bucket('assets.example.com')])
    expect(f.message).toContain('old.example.com')
    expect(f.message).toContain('S3 bucket old-campaign')
  })
})

describe('awsTargetOf', () => {
  it.each([
    ['b.s3.amazonaws.com', 'x', { kind: 's3', bucket: 'b', region: null }],
    ['my.bucket.s3.eu-west-1.amazonaws.com', 'x', { kind: 's3', bucket: 'my.bucket', region: 'eu-west-1' }],
    ['b.s3-website-us-west-2.amazonaws.com', 'x', { kind: 's3', bucket: 'b', region: 'us-west-2' }],
    ['s3-website.eu-central-1.amazonaws.com', 'www.example.com', { kind: 's3', bucket: 'www.example.com', region: 'eu-central-1' }],
    ['internal-api-1.us-east-1.elb.amazonaws.com', 'x', { kind: 'elb', host: 'internal-api-1.us-east-1.elb.amazonaws.com' }],
    ['net-abc.elb.eu-west-1.amazonaws.com', 'x', { kind: 'elb', region: 'eu-west-1' }],
    ['ec2-3-4-5-6.eu-west-1.compute.amazonaws.com', 'x', { kind: 'ec2', ip: '3.4.5.6', region: 'eu-west-1' }],
    ['legacy.elasticbeanstalk.com', 'x', { kind: 'elasticbeanstalk', region: 'us-east-1' }],
  ])('%s', (host, name, expected) => {
    expect(awsTargetOf(host, name)).toMatchObject(expected)
  })

  it('ignores other hosts', () => {
    expect(awsTargetOf('example.org', 'x')).toBeNull()
    expect(awsTargetOf('abc.execute-api.us-east-1.amazonaws.com', 'x')).toBeNull()
  })
})
