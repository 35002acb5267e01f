import type { Resource } from '../../core/resource.js'
import { unknown } from '../../core/unknown.js'
import type { Route53Raw, ResourceRecordSet } from '../../collect/aws/route53.js'
import { zoneIdOf } from '../../collect/aws/route53.js'
import { partitionOf } from '../../collect/aws/ec2-arn.js'
import { AWS, type DnsRecord, type Route53HostedZoneAttributes } from './types.js'
import { awsResource, maybe, type NormalizeScope } from './helpers.js'

/**
 * A DNS name as Route 53 returns it → lowercase, without the trailing dot, with octal escapes decoded
 * (Route 53 writes `*` as `\052`; DNS domain name format in the Route 53 developer guide).
 */
export function dnsName(name: string | undefined): string {
  return (name ?? '')
    .replace(/\\(\d{3})/g, (_, oct: string) => String.fromCharCode(parseInt(oct, 8)))
    .replace(/\.$/, '')
    .toLowerCase()
}

/** One record set → its normalized form (values are kept: record data is configuration, not a secret). */
function record(r: ResourceRecordSet): DnsRecord {
  return {
    name: dnsName(r.Name),
    type: r.Type ?? '',
    setIdentifier: r.SetIdentifier ?? null,
    values: (r.ResourceRecords ?? []).map((v) => v.Value ?? '').filter((v) => v !== ''),
    aliasTarget: r.AliasTarget?.DNSName ? dnsName(r.AliasTarget.DNSName) : null,
  }
}

/** Hosted zones → aws.route53.hosted-zone (region 'global'); failed per-zone calls leave their attribute Unknown. */
export function normalizeRoute53(raw: Route53Raw, scope: NormalizeScope): Resource<Route53HostedZoneAttributes>[] {
  const partition = partitionOf(scope.regions[0] ?? 'us-east-1')
  return raw.zones.map(({ zone, dnssec, queryLogging, records }) => {
    const id = zoneIdOf(zone.Id)
    const zoneName = dnsName(zone.Name)
    return awsResource<Route53HostedZoneAttributes>({
      uid: `arn:${partition}:route53:::hostedzone/${id}`,
      type: AWS.route53HostedZone,
      account: scope.account,
      region: 'global',
      name: zoneName,
      attributes: {
        hostedZoneId: id,
        zoneName,
        privateZone: zone.Config?.PrivateZone === true,
        recordCount: zone.ResourceRecordSetCount ?? null,
        dnssecStatus: maybe(dnssec, 'route53:GetDNSSEC'),
        queryLogGroups: maybe(queryLogging, 'route53:ListQueryLoggingConfigs'),
        records: records.ok ? records.value.map(record) : unknown(`route53:ListResourceRecordSets: ${records.reason}`),
      },
    })
  })
}
