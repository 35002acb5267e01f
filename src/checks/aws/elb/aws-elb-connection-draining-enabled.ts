import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type ElbLoadBalancerAttributes } from '../../../normalize/aws/types.js'

/** Classic load balancers should let in-flight requests finish before an instance is removed. */
export default defineCheck<ElbLoadBalancerAttributes>({
  id: 'aws-elb-connection-draining-enabled',
  title: 'Classic Load Balancer has connection draining enabled',
  resourceType: AWS.elbLoadBalancer,
  severity: 'low',
  categories: ['resilience'],
  rationale:
    'Without connection draining, deregistering or replacing an instance (deployments, scale-in, failed health checks) cuts its open ' +
    'connections at once, failing in-flight requests and uploads.',
  remediation: {
    steps: ['Enable connection draining with a timeout that covers your longest requests (default 300 seconds).'],
    cli:
      'aws elb modify-load-balancer-attributes --load-balancer-name <name> ' +
      '--load-balancer-attributes "{\\"ConnectionDraining\\":{\\"Enabled\\":true,\\"Timeout\\":300}}"',
    terraform: 'aws_elb: connection_draining = true, connection_draining_timeout = 300',
    references: ['https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/config-conn-drain.html'],
  },
  evaluate(lb, result) {
    const name = lb.attributes.loadBalancerName
    return known(lb.attributes.connectionDraining, `connection draining setting of load balancer ${name}`)
      ? result.pass(`Classic load balancer ${name} drains connections before removing instances.`)
      : result.fail(`Classic load balancer ${name} has connection draining disabled.`)
  },
})
