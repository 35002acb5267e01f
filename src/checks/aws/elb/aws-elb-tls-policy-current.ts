import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type ElbLoadBalancerAttributes } from '../../../normalize/aws/types.js'

/** Predefined classic policies that allow only TLS 1.2 (Classic Load Balancer guide, "Predefined SSL security policies"). */
const CURRENT = /^ELBSecurityPolicy-TLS-1-2-/
/** Protocols a current policy must not enable. */
const DEPRECATED = ['SSLv2', 'SSLv3', 'TLSv1', 'TLSv1.1']
/** The policy AWS applies to an HTTPS/SSL listener created without one. */
const DEFAULT_POLICY = 'ELBSecurityPolicy-2016-08'

/** HTTPS/SSL listeners of classic load balancers should negotiate TLS 1.2 only. */
export default defineCheck<ElbLoadBalancerAttributes>({
  id: 'aws-elb-tls-policy-current',
  title: 'Classic Load Balancer HTTPS/SSL listeners allow only TLS 1.2 (no SSLv3, TLS 1.0 or 1.1)',
  resourceType: AWS.elbLoadBalancer,
  severity: 'medium',
  categories: ['encryption'],
  rationale:
    'SSLv3, TLS 1.0 and TLS 1.1 have known weaknesses (POODLE, BEAST, weak MAC and cipher suites) and are deprecated by RFC 8996; a ' +
    'listener that still negotiates them lets a network attacker downgrade clients and decrypt or tamper with their traffic. Listeners ' +
    `without an explicit policy get ${DEFAULT_POLICY}, which allows TLS 1.0.`,
  remediation: {
    steps: [
      'Create an SSL negotiation policy that references ELBSecurityPolicy-TLS-1-2-2017-01.',
      'Set it as the policy of every HTTPS/SSL listener.',
    ],
    cli:
      'aws elb create-load-balancer-policy --load-balancer-name <name> --policy-name tls12 --policy-type-name SSLNegotiationPolicyType ' +
      '--policy-attributes AttributeName=Reference-Security-Policy,AttributeValue=ELBSecurityPolicy-TLS-1-2-2017-01 && ' +
      'aws elb set-load-balancer-policies-of-listener --load-balancer-name <name> --load-balancer-port 443 --policy-names tls12',
    terraform:
      'aws_load_balancer_policy { policy_type_name = "SSLNegotiationPolicyType", policy_attribute { name = "Reference-Security-Policy", ' +
      'value = "ELBSecurityPolicy-TLS-1-2-2017-01" } } attached with aws_load_balancer_listener_policy.',
    references: ['https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-security-policy-table.html'],
  },
  applies: (lb) => lb.attributes.listeners.some((l) => l.protocol === 'HTTPS' || l.protocol === 'SSL'),
  evaluate(lb, result) {
    const name = lb.attributes.loadBalancerName
    const policies = known(lb.attributes.sslNegotiationPolicies, `SSL negotiation policies of load balancer ${name}`)
    const weak: string[] = []
    for (const l of lb.attributes.listeners.filter((x) => x.protocol === 'HTTPS' || x.protocol === 'SSL')) {
      const policy = policies.find((p) => l.policyNames.includes(p.policyName))
      const label = `${l.protocol}:${l.port}`
      if (!policy) weak.push(`${label} (no policy, so ${DEFAULT_POLICY})`)
      else if (policy.protocolsReported) {
        const old = policy.enabledProtocols.filter((p) => DEPRECATED.includes(p))
        if (old.length > 0) weak.push(`${label} (${policy.policyName} enables ${old.join(', ')})`)
      } else if (!CURRENT.test(policy.referenceSecurityPolicy ?? '')) {
        weak.push(`${label} (${policy.policyName} based on ${policy.referenceSecurityPolicy ?? 'an unknown policy'})`)
      }
    }
    return weak.length === 0
      ? result.pass(`Every HTTPS/SSL listener of load balancer ${name} allows only TLS 1.2.`)
      : result.fail(`Load balancer ${name} has listeners that allow protocols older than TLS 1.2: ${weak.join('; ')}.`)
  },
})
