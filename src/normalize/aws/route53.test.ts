import { describe, expect, it } from 'vitest'
import { isUnknown } from '../../core/unknown.js'
import type { Route53Raw } from '../../collect/aws/route53.js'
import { dnsName, normalizeRoute53 } from './route53.js'
import { AWS } from './types.js'

const scope = { account: '111122223333', region: 'global', regions: ['us-east-1'] }

const raw = (): Route53Raw => ({
  zones: [
    {
      zone: {
        Id: '/hostedzone/Z0123456789ABCDEFGHIJ',
        Name: 'example.com.',
        CallerReference: 'ref-1',
        Config: { PrivateZone: false },
        ResourceRecordSetCount: 4,
      },
      dnssec: { ok: true, value: 'NOT_SIGNING' },
      queryLogging: { ok: true, value: ['arn:aws:logs:us-east-1:111122223333:log-group:/aws/route53/example.com'] },
      records: {
        ok: true,
        value: [
          { Name: 'example.com.', Type: 'NS', TTL: 172800, ResourceRecords: [{ Value: 'ns-1.awsdns-01.org.' }] },
          { Name: 'Assets.Example.com.', Type: 'CNAME', TTL: 300, ResourceRecords: [{ Value: 'assets.example.com.s3.amazonaws.com' }] },
          {
            Name: '\\052.example.com.',
            Type: 'A',
            AliasTarget: { HostedZoneId: 'Z35SXDOTRQ7X7K', DNSName: 'dualstack.web-123.us-east-1.elb.amazonaws.com.', EvaluateTargetHealth: false },
          },
          { Name: 'api.example.com.', Type: 'A', SetIdentifier: 'blue', Weight: 10, TTL: 60, ResourceRecords: [{ Value: '203.0.113.10' }] },
        ],
      },
    },
    {
      zone: { Id: '/hostedzone/Z9PRIVATE', Name: 'corp.internal.', CallerReference: 'ref-2', Config: { PrivateZone: true } },
      dnssec: { ok: true, value: null },
      queryLogging: { ok: true, value: null },
      records: { ok: false, reason: 'AccessDenied: not authorized', code: 'AccessDenied' },
    },
  ],
})

describe('normalizeRoute53', () => {
  it('a public zone with DNSSEC status, query logging and records', () => {
    const [pub] = normalizeRoute53(raw(), scope)
    expect(pub).toMatchObject({
      uid: 'arn:aws:route53:::hostedzone/Z0123456789ABCDEFGHIJ',
      type: AWS.route53HostedZone,
      region: 'global',
      name: 'example.com',
      attributes: {
        hostedZoneId: 'Z0123456789ABCDEFGHIJ',
        zoneName: 'example.com',
        privateZone: false,
        recordCount: 4,
        dnssecStatus: 'NOT_SIGNING',
        queryLogGroups: ['arn:aws:logs:us-east-1:111122223333:log-group:/aws/route53/example.com'],
      },
    })
    expect(pub!.attributes.records).toEqual([
      { name: 'example.com', type: 'NS', setIdentifier: null, values: ['ns-1.awsdns-01.org.'], aliasTarget: null },
      { name: 'assets.example.com', type: 'CNAME', setIdentifier: null, values: ['assets.example.com.s3.amazonaws.com'], aliasTarget: null },
      { name: '*.example.com', type: 'A', setIdentifier: null, values: [], aliasTarget: 'dualstack.web-123.us-east-1.elb.amazonaws.com' },
      { name: 'api.example.com', type: 'A', setIdentifier: 'blue', values: ['203.0.113.10'], aliasTarget: null },
    ])
  })

  it('a private zone: no DNSSEC or query logging, failed record listing → Unknown', () => {
    const [, priv] = normalizeRoute53(raw(), scope)
    expect(priv!.attributes).toMatchObject({ privateZone: true, dnssecStatus: null, queryLogGroups: null })
    expect(isUnknown(priv!.attributes.records)).toBe(true)
  })

  it('a failed GetDNSSEC leaves only the DNSSEC status Unknown', () => {
    const r = raw()
    r.zones[0]!.dnssec = { ok: false, reason: 'AccessDenied', code: 'AccessDenied' }
    const [pub] = normalizeRoute53(r, scope)
    expect(isUnknown(pub!.attributes.dnssecStatus)).toBe(true)
    expect(Array.isArray(pub!.attributes.records)).toBe(true)
  })

  it('dnsName decodes octal escapes and drops the trailing dot', () => {
    expect(dnsName('\\052.Example.COM.')).toBe('*.example.com')
  })
})
