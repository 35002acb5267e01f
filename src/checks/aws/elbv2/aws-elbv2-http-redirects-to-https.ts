import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type Elbv2LoadBalancerAttributes } from '../../../normalize/aws/types.js'

/** HTTP listeners of Application Load Balancers should only redirect to HTTPS. */
export default defineCheck<Elbv2LoadBalancerAttributes>({
  id: 'aws-elbv2-http-redirects-to-https',
  title: 'Application Load Balancer HTTP listeners redirect to HTTPS',
  resourceType: AWS.elbv2LoadBalancer,
  severity: 'medium',
  categories: ['encryption'],
  rationale:
    'An HTTP listener that forwards requests serves the application in clear text: session cookies, credentials and data can be read ' +
    'or changed by anyone on the network path. Redirecting to HTTPS keeps port 80 reachable for old links while no content is served over it.',
  remediation: {
    steps: [
      'Make sure the load balancer has an HTTPS listener.',
      'Change the default action of each HTTP listener to a redirect to HTTPS (port 443, status HTTP_301).',
    ],
    cli:
      'aws elbv2 modify-listener --listener-arn <http-listener-arn> --default-actions ' +
      '"Type=redirect,RedirectConfig={Protocol=HTTPS,Port=443,StatusCode=HTTP_301}"',
    terraform:
      'aws_lb_listener (port 80): default_action { type = "redirect", redirect { protocol = "HTTPS", port = "443", status_code = "HTTP_301" } }',
    references: ['https://docs.aws.amazon.com/elasticloadbalancing/latest/application/listener-update-rules.html'],
  },
  applies: (lb) => lb.attributes.type === 'application',
  evaluate(lb, result) {
    const name = lb.attributes.loadBalancerName
    const listeners = known(lb.attributes.listeners, `listeners of load balancer ${name}`)
    const plain = listeners.filter((l) => l.protocol === 'HTTP' && !l.redirectsToHttps)
    if (plain.length > 0) {
      return result.fail(
        `Load balancer ${name} serves HTTP without redirecting to HTTPS on ${plain.map((l) => `port ${l.port} (${l.defaultActionTypes.join('+') || 'no action'})`).join(', ')}.`,
      )
    }
    return result.pass(`Load balancer ${name} has no HTTP listener that serves content (HTTP redirects to HTTPS or is absent).`)
  },
})
