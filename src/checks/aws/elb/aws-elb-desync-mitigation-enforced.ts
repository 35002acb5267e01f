import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type ElbLoadBalancerAttributes } from '../../../normalize/aws/types.js'

/** Classic load balancers with HTTP(S) listeners should block ambiguous requests (desync mitigation defensive or strictest). */
export default defineCheck<ElbLoadBalancerAttributes>({
  id: 'aws-elb-desync-mitigation-enforced',
  title: 'Classic Load Balancer desync mitigation mode is defensive or strictest (not monitor)',
  resourceType: AWS.elbLoadBalancer,
  severity: 'medium',
  categories: ['network'],
  rationale:
    'In monitor mode the load balancer forwards ambiguous HTTP requests (conflicting Content-Length/Transfer-Encoding headers) to the ' +
    'targets, which enables HTTP request smuggling: an attacker can poison other users\u2019 responses or slip requests past the ' +
    'front-end controls. Defensive (the default) or strictest mode blocks them.',
  remediation: {
    steps: ['Set the desync mitigation mode to defensive (or strictest if all clients send RFC 7230-compliant requests).'],
    cli:
      'aws elb modify-load-balancer-attributes --load-balancer-name <name> --load-balancer-attributes ' +
      '"{\\"AdditionalAttributes\\":[{\\"Key\\":\\"elb.http.desyncmitigationmode\\",\\"Value\\":\\"defensive\\"}]}"',
    terraform: 'aws_elb: desync_mitigation_mode = "defensive"',
    references: ['https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/config-desync-mitigation-mode.html'],
  },
  applies: (lb) => lb.attributes.listeners.some((l) => l.protocol === 'HTTP' || l.protocol === 'HTTPS'),
  evaluate(lb, result) {
    const name = lb.attributes.loadBalancerName
    const mode = known(lb.attributes.desyncMitigationMode, `desync mitigation mode of load balancer ${name}`)
    if (mode === null) return result.pass(`Load balancer ${name} reports no desync mitigation mode, so the default (defensive) applies.`)
    return mode === 'monitor'
      ? result.fail(`Load balancer ${name} forwards ambiguous HTTP requests (desync mitigation mode monitor).`)
      : result.pass(`Load balancer ${name} uses desync mitigation mode ${mode}.`)
  },
})
