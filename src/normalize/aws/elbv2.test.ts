import { describe, expect, it } from 'vitest'
import { isUnknown } from '../../core/unknown.js'
import type { Elbv2Raw, LoadBalancer } from '../../collect/aws/elbv2.js'
import { normalizeElbv2 } from './elbv2.js'
import { AWS } from './types.js'

const ACCOUNT = '111122223333'
const scope = { account: ACCOUNT, region: 'eu-west-1', regions: ['eu-west-1'] }
const ARN = `arn:aws:elasticloadbalancing:eu-west-1:${ACCOUNT}:loadbalancer/app/web/50dc6c495c0c9188`
const ACL = `arn:aws:wafv2:eu-west-1:${ACCOUNT}:regional/webacl/web/a1b2c3d4`
const CERT = `arn:aws:acm:eu-west-1:${ACCOUNT}:certificate/abc`

const alb: LoadBalancer = {
  LoadBalancerArn: ARN,
  DNSName: 'web-1234567890.eu-west-1.elb.amazonaws.com',
  LoadBalancerName: 'web',
  Scheme: 'internet-facing',
  VpcId: 'vpc-0abc',
  State: { Code: 'active' },
  Type: 'application',
  SecurityGroups: ['sg-0123'],
  IpAddressType: 'ipv4',
}

describe('normalizeElbv2', () => {
  it('an ALB with listeners, attributes and a web ACL', () => {
    const raw: Elbv2Raw = {
      loadBalancers: [
        {
          loadBalancer: alb,
          listeners: {
            ok: true,
            value: [
              {
                ListenerArn: `${ARN}/l1`,
                Protocol: 'HTTP',
                Port: 80,
                DefaultActions: [{ Type: 'redirect', RedirectConfig: { Protocol: 'HTTPS', Port: '443', StatusCode: 'HTTP_301' } }],
              },
              {
                ListenerArn: `${ARN}/l2`,
                Protocol: 'HTTPS',
                Port: 443,
                SslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06',
                Certificates: [{ CertificateArn: CERT }],
                DefaultActions: [{ Type: 'forward', TargetGroupArn: 'tg' }],
              },
            ],
          },
          attributes: {
            ok: true,
            value: [
              { Key: 'access_logs.s3.enabled', Value: 'true' },
              { Key: 'deletion_protection.enabled', Value: 'false' },
              { Key: 'routing.http.drop_invalid_header_fields.enabled', Value: 'true' },
              { Key: 'routing.http.desync_mitigation_mode', Value: 'defensive' },
            ],
          },
          webAclArn: { ok: true, value: ACL },
        },
      ],
    }
    const [r] = normalizeElbv2(raw, scope)
    expect(r).toMatchObject({
      uid: ARN,
      type: AWS.elbv2LoadBalancer,
      name: 'web',
      relations: [
        { kind: 'uses-security-group', target: `arn:aws:ec2:eu-west-1:${ACCOUNT}:security-group/sg-0123` },
        { kind: 'uses-certificate', target: CERT },
        { kind: 'protected-by', target: ACL },
      ],
      attributes: {
        dnsName: 'web-1234567890.eu-west-1.elb.amazonaws.com',
        type: 'application',
        accessLogsEnabled: true,
        deletionProtection: false,
        dropInvalidHeaderFields: true,
        desyncMitigationMode: 'defensive',
        webAclArn: ACL,
        listeners: [
          { protocol: 'HTTP', port: 80, redirectsToHttps: true, sslPolicy: null },
          { protocol: 'HTTPS', port: 443, redirectsToHttps: false, sslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06', certificateArns: [CERT] },
        ],
      },
    })
  })

  it('an NLB: missing attribute keys take their defaults, ALB-only attributes are null', () => {
    const raw: Elbv2Raw = {
      loadBalancers: [
        {
          loadBalancer: { ...alb, Type: 'network', SecurityGroups: undefined },
          listeners: { ok: true, value: [] },
          attributes: { ok: true, value: [] },
          webAclArn: { ok: true, value: null },
        },
      ],
    }
    const [r] = normalizeElbv2(raw, scope)
    expect(r!.attributes).toMatchObject({
      accessLogsEnabled: false,
      deletionProtection: false,
      dropInvalidHeaderFields: null,
      desyncMitigationMode: null,
    })
  })

  it('failed per-load-balancer calls leave those attributes Unknown', () => {
    const failed = { ok: false as const, reason: 'AccessDenied', code: 'AccessDenied' }
    const [r] = normalizeElbv2({ loadBalancers: [{ loadBalancer: alb, listeners: failed, attributes: failed, webAclArn: failed }] }, scope)
    expect(r!.attributes.dnsName).toBe('web-1234567890.eu-west-1.elb.amazonaws.com')
    expect(isUnknown(r!.attributes.listeners)).toBe(true)
    expect(isUnknown(r!.attributes.accessLogsEnabled)).toBe(true)
    expect(isUnknown(r!.attributes.webAclArn)).toBe(true)
  })
})
