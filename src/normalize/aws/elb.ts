import type { Resource } from '../../core/resource.js'
import { unknown, type Maybe } from '../../core/unknown.js'
import type { ElbRaw, LoadBalancerAttributes, PolicyDescription } from '../../collect/aws/elb.js'
import { ec2Arn, partitionOf } from '../../collect/aws/ec2-arn.js'
import { AWS, type ElbListener, type ElbLoadBalancerAttributes, type ElbSslNegotiationPolicy } from './types.js'
import { awsResource, type NormalizeScope } from './helpers.js'

/** The protocols an SSL negotiation policy can switch on (Classic Load Balancer guide, "SSL negotiation configurations"). */
const PROTOCOL_ATTRIBUTE = /^Protocol-(.+)$/

/** SSL negotiation policies (type SSLNegotiationPolicyType) from DescribeLoadBalancerPolicies. */
function sslPolicies(policies: PolicyDescription[]): ElbSslNegotiationPolicy[] {
  return policies
    .filter((p) => p.PolicyTypeName === 'SSLNegotiationPolicyType')
    .map((p) => {
      const attrs = p.PolicyAttributeDescriptions ?? []
      const protocols = attrs.flatMap((a) => {
        const m = PROTOCOL_ATTRIBUTE.exec(a.AttributeName ?? '')
        return m ? [{ protocol: m[1]!, on: a.AttributeValue === 'true' }] : []
      })
      return {
        policyName: p.PolicyName ?? '',
        referenceSecurityPolicy: attrs.find((a) => a.AttributeName === 'Reference-Security-Policy')?.AttributeValue ?? null,
        enabledProtocols: protocols.filter((x) => x.on).map((x) => x.protocol),
        protocolsReported: protocols.length > 0,
      }
    })
}

/** Classic load balancers → aws.elb.load-balancer; a failed attribute or policy call leaves only those attributes Unknown. */
export function normalizeElb(raw: ElbRaw, scope: NormalizeScope): Resource<ElbLoadBalancerAttributes>[] {
  return raw.loadBalancers.map(({ description: d, attributes, policies }) => {
    const name = d.LoadBalancerName ?? ''
    const attr = <T>(pick: (a: LoadBalancerAttributes) => T): Maybe<T> =>
      attributes.ok ? pick(attributes.value ?? {}) : unknown(`elb:DescribeLoadBalancerAttributes: ${attributes.reason}`)
    const listeners: ElbListener[] = (d.ListenerDescriptions ?? []).map((ld) => ({
      protocol: (ld.Listener?.Protocol ?? '').toUpperCase(),
      port: ld.Listener?.LoadBalancerPort ?? 0,
      instanceProtocol: (ld.Listener?.InstanceProtocol ?? '').toUpperCase(),
      instancePort: ld.Listener?.InstancePort ?? 0,
      sslCertificateId: ld.Listener?.SSLCertificateId || null,
      policyNames: ld.PolicyNames ?? [],
    }))
    const securityGroupIds = d.SecurityGroups ?? []
    const certificates = [...new Set(listeners.map((l) => l.sslCertificateId).filter((c): c is string => !!c))]
    return awsResource<ElbLoadBalancerAttributes>({
      uid: `arn:${partitionOf(scope.region)}:elasticloadbalancing:${scope.region}:${scope.account}:loadbalancer/${name}`,
      type: AWS.elbLoadBalancer,
      account: scope.account,
      region: scope.region,
      name,
      relations: [
        ...securityGroupIds.map((id) => ({ kind: 'uses-security-group', target: ec2Arn(scope.region, scope.account, 'security-group', id) })),
        ...certificates.map((target) => ({ kind: 'uses-certificate', target })),
      ],
      attributes: {
        loadBalancerName: name,
        dnsName: d.DNSName ?? '',
        scheme: d.Scheme ?? 'internet-facing',
        vpcId: d.VPCId || null,
        securityGroupIds,
        listeners,
        accessLogsEnabled: attr((a) => a.AccessLog?.Enabled === true),
        crossZoneLoadBalancing: attr((a) => a.CrossZoneLoadBalancing?.Enabled === true),
        connectionDraining: attr((a) => a.ConnectionDraining?.Enabled === true),
        desyncMitigationMode: attr((a) => a.AdditionalAttributes?.find((x) => x.Key === 'elb.http.desyncmitigationmode')?.Value ?? null),
        sslNegotiationPolicies: policies.ok ? sslPolicies(policies.value ?? []) : unknown(`elb:DescribeLoadBalancerPolicies: ${policies.reason}`),
      },
    })
  })
}
