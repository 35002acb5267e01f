import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type Elbv2LoadBalancerAttributes } from '../../../normalize/aws/types.js'

/** Application Load Balancers should drop HTTP headers with invalid names. */
export default defineCheck<Elbv2LoadBalancerAttributes>({
  id: 'aws-elbv2-drop-invalid-headers-enabled',
  title: 'Application Load Balancer drops invalid HTTP header fields',
  resourceType: AWS.elbv2LoadBalancer,
  severity: 'medium',
  categories: ['network'],
  rationale:
    'Header names outside the RFC 7230 character set are parsed differently by proxies and application servers; passing them to ' +
    'targets enables request smuggling and header-injection tricks (e.g. spoofing X-Forwarded-For-like headers). Off by default.',
  remediation: {
    steps: ['Enable routing.http.drop_invalid_header_fields on the load balancer.'],
    cli:
      'aws elbv2 modify-load-balancer-attributes --load-balancer-arn <arn> --attributes ' +
      'Key=routing.http.drop_invalid_header_fields.enabled,Value=true',
    terraform: 'aws_lb: drop_invalid_header_fields = true',
    references: ['https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#load-balancer-attributes'],
  },
  applies: (lb) => lb.attributes.type === 'application',
  evaluate(lb, result) {
    const name = lb.attributes.loadBalancerName
    return known(lb.attributes.dropInvalidHeaderFields, `drop_invalid_header_fields setting of load balancer ${name}`)
      ? result.pass(`Load balancer ${name} drops invalid HTTP header fields.`)
      : result.fail(`Load balancer ${name} forwards HTTP headers with invalid names to its targets.`)
  },
})
