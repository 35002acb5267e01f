import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type ElbLoadBalancerAttributes } from '../../../normalize/aws/types.js'

/** Internet-facing classic load balancers should accept only HTTPS or SSL listeners. */
export default defineCheck<ElbLoadBalancerAttributes>({
  id: 'aws-elb-internet-facing-listeners-encrypted',
  title: 'Internet-facing Classic Load Balancer listens only with HTTPS or SSL',
  resourceType: AWS.elbLoadBalancer,
  severity: 'medium',
  categories: ['encryption', 'network'],
  rationale:
    'An HTTP or TCP listener on an internet-facing load balancer carries requests, cookies and credentials in clear text across the ' +
    'internet, where anyone on the path can read or change them. Classic Load Balancers cannot redirect HTTP to HTTPS, so the plain ' +
    'listener itself must go (a TCP listener that passes TLS through to the instances is the one exception; suppress it with a reason).',
  remediation: {
    steps: [
      'Add an HTTPS (or SSL) listener with an ACM certificate and a current security policy.',
      'Delete the HTTP/TCP listeners, or migrate to an Application Load Balancer, which can redirect HTTP to HTTPS.',
    ],
    cli: 'aws elb delete-load-balancer-listeners --load-balancer-name <name> --load-balancer-ports 80',
    terraform: 'aws_elb: listener { lb_protocol = "https", ssl_certificate_id = <acm-arn>, ... } and no listener with lb_protocol "http" or "tcp".',
    references: [
      'https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-create-https-ssl-load-balancer.html',
      'https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-listener-config.html',
    ],
  },
  applies: (lb) => lb.attributes.scheme === 'internet-facing',
  evaluate(lb, result) {
    const name = lb.attributes.loadBalancerName
    const plain = lb.attributes.listeners.filter((l) => l.protocol === 'HTTP' || l.protocol === 'TCP')
    return plain.length === 0
      ? result.pass(`Internet-facing load balancer ${name} has only HTTPS/SSL listeners.`)
      : result.fail(`Internet-facing load balancer ${name} has unencrypted listeners: ${plain.map((l) => `${l.protocol}:${l.port}`).join(', ')}.`)
  },
})
