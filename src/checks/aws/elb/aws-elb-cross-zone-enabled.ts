import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type ElbLoadBalancerAttributes } from '../../../normalize/aws/types.js'

/** Classic load balancers should spread requests across all registered instances in all zones. */
export default defineCheck<ElbLoadBalancerAttributes>({
  id: 'aws-elb-cross-zone-enabled',
  title: 'Classic Load Balancer has cross-zone load balancing enabled',
  resourceType: AWS.elbLoadBalancer,
  severity: 'low',
  categories: ['resilience'],
  rationale:
    'Without cross-zone load balancing each load balancer node only sends traffic to instances in its own Availability Zone, so an ' +
    'uneven or degraded zone overloads its few instances (or drops requests) while healthy capacity elsewhere sits idle.',
  remediation: {
    steps: ['Enable cross-zone load balancing on the load balancer.'],
    cli:
      'aws elb modify-load-balancer-attributes --load-balancer-name <name> ' +
      '--load-balancer-attributes "{\\"CrossZoneLoadBalancing\\":{\\"Enabled\\":true}}"',
    terraform: 'aws_elb: cross_zone_load_balancing = true',
    references: ['https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/enable-disable-crosszone-lb.html'],
  },
  evaluate(lb, result) {
    const name = lb.attributes.loadBalancerName
    return known(lb.attributes.crossZoneLoadBalancing, `cross-zone setting of load balancer ${name}`)
      ? result.pass(`Classic load balancer ${name} balances across Availability Zones.`)
      : result.fail(`Classic load balancer ${name} has cross-zone load balancing disabled.`)
  },
})
