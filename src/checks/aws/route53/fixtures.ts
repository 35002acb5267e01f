/** Test fixtures for Route 53 checks (not a check: the file name does not start with `aws-`). */
import { AWS, type DnsRecord, type Route53HostedZoneAttributes } from '../../../normalize/aws/types.js'
import { awsFixture } from '../../_shared/testing.js'

/** A public hosted zone, signed and logged, with overrides. */
export const zone = (attrs: Partial<Route53HostedZoneAttributes> = {}) =>
  awsFixture<Route53HostedZoneAttributes>(
    AWS.route53HostedZone,
    {
      hostedZoneId: 'Z0123456789ABCDEFGHIJ',
      zoneName: 'example.com',
      privateZone: false,
      recordCount: 2,
      dnssecStatus: 'SIGNING',
      queryLogGroups: ['arn:aws:logs:us-east-1:111122223333:log-group:/aws/route53/example.com'],
      records: [],
      ...attrs,
    },
    { uid: 'arn:aws:route53:::hostedzone/Z0123456789ABCDEFGHIJ', region: 'global', name: 'example.com' },
  )

/** A record set. */
export const rec = (name: string, type: string, values: string[], aliasTarget: string | null = null): DnsRecord => ({
  name,
  type,
  setIdentifier: null,
  values,
  aliasTarget,
})
