import { describe, expect, it } from 'vitest'
import { isUnknown } from '../../core/unknown.js'
import type { ElbRaw, LoadBalancerDescription } from '../../collect/aws/elb.js'
import { normalizeElb } from './elb.js'
import { AWS } from './types.js'

const ACCOUNT = '111122223333'
const scope = { account: ACCOUNT, region: 'us-east-1', regions: ['us-east-1'] }
const CERT = `arn:aws:acm:us-east-1:${ACCOUNT}:certificate/12345678-1234-1234-1234-123456789012`

const description: LoadBalancerDescription = {
  LoadBalancerName: 'web',
  DNSName: 'web-1234567890.us-east-1.elb.amazonaws.com',
  Scheme: 'internet-facing',
  VPCId: 'vpc-0abc',
  SecurityGroups: ['sg-0123'],
  ListenerDescriptions: [
    { Listener: { Protocol: 'HTTP', LoadBalancerPort: 80, InstanceProtocol: 'HTTP', InstancePort: 80 }, PolicyNames: [] },
    {
      Listener: { Protocol: 'HTTPS', LoadBalancerPort: 443, InstanceProtocol: 'HTTP', InstancePort: 80, SSLCertificateId: CERT },
      PolicyNames: ['ELBSecurityPolicy-TLS-1-2-2017-01'],
    },
  ],
  CreatedTime: new Date('2025-01-10T08:00:00Z'),
}

describe('normalizeElb', () => {
  it('a load balancer with attributes and an SSL negotiation policy', () => {
    const raw: ElbRaw = {
      loadBalancers: [
        {
          description,
          attributes: {
            ok: true,
            value: {
              AccessLog: { Enabled: true, S3BucketName: 'logs', EmitInterval: 60 },
              CrossZoneLoadBalancing: { Enabled: true },
              ConnectionDraining: { Enabled: false, Timeout: 300 },
              AdditionalAttributes: [{ Key: 'elb.http.desyncmitigationmode', Value: 'monitor' }],
            },
          },
          policies: {
            ok: true,
            value: [
              {
                PolicyName: 'ELBSecurityPolicy-TLS-1-2-2017-01',
                PolicyTypeName: 'SSLNegotiationPolicyType',
                PolicyAttributeDescriptions: [
                  { AttributeName: 'Reference-Security-Policy', AttributeValue: 'ELBSecurityPolicy-TLS-1-2-2017-01' },
                  { AttributeName: 'Protocol-TLSv1', AttributeValue: 'false' },
                  { AttributeName: 'Protocol-TLSv1.2', AttributeValue: 'true' },
                  { AttributeName: 'ECDHE-RSA-AES128-GCM-SHA256', AttributeValue: 'true' },
                ],
              },
              { PolicyName: 'stickiness', PolicyTypeName: 'LBCookieStickinessPolicyType', PolicyAttributeDescriptions: [] },
            ],
          },
        },
      ],
    }
    const [r] = normalizeElb(raw, scope)
    expect(r).toMatchObject({
      uid: `arn:aws:elasticloadbalancing:us-east-1:${ACCOUNT}:loadbalancer/web`,
      type: AWS.elbLoadBalancer,
      name: 'web',
      relations: [
        { kind: 'uses-security-group', target: `arn:aws:ec2:us-east-1:${ACCOUNT}:security-group/sg-0123` },
        { kind: 'uses-certificate', target: CERT },
      ],
      attributes: {
        dnsName: 'web-1234567890.us-east-1.elb.amazonaws.com',
        scheme: 'internet-facing',
        accessLogsEnabled: true,
        crossZoneLoadBalancing: true,
        connectionDraining: false,
        desyncMitigationMode: 'monitor',
        sslNegotiationPolicies: [
          {
            policyName: 'ELBSecurityPolicy-TLS-1-2-2017-01',
            referenceSecurityPolicy: 'ELBSecurityPolicy-TLS-1-2-2017-01',
            enabledProtocols: ['TLSv1.2'],
            protocolsReported: true,
          },
        ],
      },
    })
    expect(r!.attributes.listeners.map((l) => `${l.protocol}:${l.port}`)).toEqual(['HTTP:80', 'HTTPS:443'])
  })

  it('failed attribute and policy calls leave only those attributes Unknown', () => {
    const failed = { ok: false as const, reason: 'AccessDenied', code: 'AccessDenied' }
    const [r] = normalizeElb({ loadBalancers: [{ description, attributes: failed, policies: failed }] }, scope)
    expect(r!.attributes.dnsName).toBe('web-1234567890.us-east-1.elb.amazonaws.com')
    expect(isUnknown(r!.attributes.accessLogsEnabled)).toBe(true)
    expect(isUnknown(r!.attributes.desyncMitigationMode)).toBe(true)
    expect(isUnknown(r!.attributes.sslNegotiationPolicies)).toBe(true)
  })
})
