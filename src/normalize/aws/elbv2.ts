import type { Resource } from '../../core/resource.js'
import { unknown, type Maybe } from '../../core/unknown.js'
import type { Elbv2Raw, Listener } from '../../collect/aws/elbv2.js'
import { ec2Arn } from '../../collect/aws/ec2-arn.js'
import { AWS, type Elbv2Listener, type Elbv2LoadBalancerAttributes } from './types.js'
import { awsResource, maybe, type NormalizeScope } from './helpers.js'

/** A DescribeListeners listener in normalized form. */
function listenerOf(l: Listener): Elbv2Listener {
  const actions = l.DefaultActions ?? []
  return {
    listenerArn: l.ListenerArn ?? '',
    protocol: l.Protocol ?? '',
    port: l.Port ?? 0,
    sslPolicy: l.SslPolicy || null,
    certificateArns: (l.Certificates ?? []).map((c) => c.CertificateArn).filter((c): c is string => !!c),
    defaultActionTypes: actions.map((a) => a.Type ?? ''),
    redirectsToHttps: actions.some((a) => a.Type === 'redirect' && a.RedirectConfig?.Protocol?.toUpperCase() === 'HTTPS'),
  }
}

/** Application, Network and Gateway Load Balancers → aws.elbv2.load-balancer; failed per-LB calls leave those attributes Unknown. */
export function normalizeElbv2(raw: Elbv2Raw, scope: NormalizeScope): Resource<Elbv2LoadBalancerAttributes>[] {
  return raw.loadBalancers.map(({ loadBalancer: lb, listeners, attributes, webAclArn }) => {
    const name = lb.LoadBalancerName ?? ''
    const type = lb.Type ?? 'application'
    const isAlb = type === 'application'
    // Attribute keys AWS does not return are at their documented defaults (ELBv2 API reference, LoadBalancerAttribute).
    const attr = <T>(pick: (a: Map<string, string>) => T): Maybe<T> =>
      attributes.ok
        ? pick(new Map((attributes.value ?? []).map((a) => [a.Key ?? '', a.Value ?? ''])))
        : unknown(`elbv2:DescribeLoadBalancerAttributes: ${attributes.reason}`)
    const normalizedListeners = listeners.ok ? listeners.value.map(listenerOf) : unknown(`elbv2:DescribeListeners: ${listeners.reason}`)
    const securityGroupIds = lb.SecurityGroups ?? []
    const certificates = Array.isArray(normalizedListeners) ? [...new Set(normalizedListeners.flatMap((l) => l.certificateArns))] : []
    const acl = maybe(webAclArn, 'wafv2:GetWebACLForResource')
    return awsResource<Elbv2LoadBalancerAttributes>({
      uid: lb.LoadBalancerArn ?? name,
      type: AWS.elbv2LoadBalancer,
      account: scope.account,
      region: scope.region,
      name,
      relations: [
        ...securityGroupIds.map((id) => ({ kind: 'uses-security-group', target: ec2Arn(scope.region, scope.account, 'security-group', id) })),
        ...certificates.map((target) => ({ kind: 'uses-certificate', target })),
        ...(typeof acl === 'string' ? [{ kind: 'protected-by', target: acl }] : []),
      ],
      attributes: {
        loadBalancerName: name,
        dnsName: lb.DNSName ?? '',
        type,
        scheme: lb.Scheme ?? 'internet-facing',
        vpcId: lb.VpcId || null,
        securityGroupIds,
        listeners: normalizedListeners,
        accessLogsEnabled: attr((a) => a.get('access_logs.s3.enabled') === 'true'),
        deletionProtection: attr((a) => a.get('deletion_protection.enabled') === 'true'),
        dropInvalidHeaderFields: isAlb ? attr((a) => a.get('routing.http.drop_invalid_header_fields.enabled') === 'true') : null,
        desyncMitigationMode: isAlb ? attr((a) => a.get('routing.http.desync_mitigation_mode') || null) : null,
        webAclArn: acl,
      },
    })
  })
}
