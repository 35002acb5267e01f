import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type Elbv2LoadBalancerAttributes } from '../../../normalize/aws/types.js'

/**
 * Predefined ELBv2 policies whose minimum protocol is TLS 1.2 or 1.3 (ALB/NLB guides, "Security policies"): TLS13-1-2-*,
 * TLS13-1-3-*, TLS-1-2-*, FS-1-2-*. TLS13-1-0-* and TLS13-1-1-* also offer TLS 1.3 but still accept TLS 1.0/1.1.
 */
const TLS12_OR_NEWER = /^ELBSecurityPolicy-(TLS13-1-[23]|TLS-1-2|FS-1-2)-/

/** HTTPS (ALB) and TLS (NLB) listeners should use a security policy that refuses TLS 1.0 and 1.1. */
export default defineCheck<Elbv2LoadBalancerAttributes>({
  id: 'aws-elbv2-tls-policy-current',
  title: 'ALB HTTPS and NLB TLS listeners use a TLS 1.2+ security policy',
  resourceType: AWS.elbv2LoadBalancer,
  severity: 'medium',
  categories: ['encryption'],
  rationale:
    'Policies such as ELBSecurityPolicy-2016-08 (the API default) still accept TLS 1.0 and 1.1, deprecated by RFC 8996 for known ' +
    'weaknesses; a network attacker can downgrade clients to them. TLS 1.2+ policies (ELBSecurityPolicy-TLS13-1-2-2021-06 is ' +
    'recommended) refuse them.',
  remediation: {
    steps: ['Set the security policy of every HTTPS/TLS listener to ELBSecurityPolicy-TLS13-1-2-2021-06 (or another TLS 1.2+ policy).'],
    cli: 'aws elbv2 modify-listener --listener-arn <listener-arn> --ssl-policy ELBSecurityPolicy-TLS13-1-2-2021-06',
    terraform: 'aws_lb_listener: ssl_policy = "ELBSecurityPolicy-TLS13-1-2-2021-06"',
    references: [
      'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html',
      'https://docs.aws.amazon.com/elasticloadbalancing/latest/network/describe-ssl-policies.html',
    ],
  },
  applies: (lb) => lb.attributes.type === 'application' || lb.attributes.type === 'network',
  evaluate(lb, result) {
    const name = lb.attributes.loadBalancerName
    const secure = known(lb.attributes.listeners, `listeners of load balancer ${name}`).filter((l) => l.protocol === 'HTTPS' || l.protocol === 'TLS')
    if (secure.length === 0) return result.pass(`Load balancer ${name} has no HTTPS or TLS listener.`)
    const weak = secure.filter((l) => !TLS12_OR_NEWER.test(l.sslPolicy ?? ''))
    return weak.length === 0
      ? result.pass(
          `Every HTTPS/TLS listener of load balancer ${name} uses a TLS 1.2+ policy (${[...new Set(secure.map((l) => l.sslPolicy))].join(', ')}).`,
        )
      : result.fail(
          `Load balancer ${name} has listeners accepting TLS below 1.2: ${weak.map((l) => `${l.protocol}:${l.port} (${l.sslPolicy ?? 'no policy'})`).join(', ')}.`,
        )
  },
})
