import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type Elbv2LoadBalancerAttributes } from '../../../normalize/aws/types.js'

/** Application Load Balancers should block ambiguous requests (desync mitigation defensive or strictest). */
export default defineCheck<Elbv2LoadBalancerAttributes>({
  id: 'aws-elbv2-desync-mitigation-enforced',
  title: 'Application Load Balancer desync mitigation mode is defensive or strictest (not monitor)',
  resourceType: AWS.elbv2LoadBalancer,
  severity: 'medium',
  categories: ['network'],
  rationale:
    'In monitor mode the load balancer forwards ambiguous HTTP requests (conflicting Content-Length/Transfer-Encoding headers) to the ' +
    'targets, which enables HTTP request smuggling: an attacker can poison other users\u2019 responses or bypass front-end rules. ' +
    'Defensive (the default) or strictest mode blocks them.',
  remediation: {
    steps: ['Set routing.http.desync_mitigation_mode to defensive (or strictest).'],
    cli: 'aws elbv2 modify-load-balancer-attributes --load-balancer-arn <arn> --attributes Key=routing.http.desync_mitigation_mode,Value=defensive',
    terraform: 'aws_lb: desync_mitigation_mode = "defensive"',
    references: ['https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#desync-mitigation-mode'],
  },
  applies: (lb) => lb.attributes.type === 'application',
  evaluate(lb, result) {
    const name = lb.attributes.loadBalancerName
    const mode = known(lb.attributes.desyncMitigationMode, `desync mitigation mode of load balancer ${name}`)
    if (mode === null) return result.pass(`Load balancer ${name} reports no desync mitigation mode, so the default (defensive) applies.`)
    return mode === 'monitor'
      ? result.fail(`Load balancer ${name} forwards ambiguous HTTP requests (desync mitigation mode monitor).`)
      : result.pass(`Load balancer ${name} uses desync mitigation mode ${mode}.`)
  },
})
