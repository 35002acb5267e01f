import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type Elbv2LoadBalancerAttributes } from '../../../normalize/aws/types.js'

/** ELBv2 load balancers should be protected from accidental deletion. */
export default defineCheck<Elbv2LoadBalancerAttributes>({
  id: 'aws-elbv2-deletion-protection-enabled',
  title: 'ELBv2 load balancer has deletion protection enabled',
  resourceType: AWS.elbv2LoadBalancer,
  severity: 'low',
  categories: ['resilience'],
  rationale:
    'Deleting a load balancer takes the application offline at once and releases its DNS name and (NLB) static IPs, which cannot be ' +
    'recovered; deletion protection makes a stray console click, script or Terraform destroy fail instead.',
  remediation: {
    steps: ['Enable deletion protection on the load balancer.'],
    cli: 'aws elbv2 modify-load-balancer-attributes --load-balancer-arn <arn> --attributes Key=deletion_protection.enabled,Value=true',
    terraform: 'aws_lb: enable_deletion_protection = true',
    references: ['https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#deletion-protection'],
  },
  evaluate(lb, result) {
    const name = lb.attributes.loadBalancerName
    return known(lb.attributes.deletionProtection, `deletion protection of load balancer ${name}`)
      ? result.pass(`Load balancer ${name} has deletion protection enabled.`)
      : result.fail(`Load balancer ${name} can be deleted without first disabling deletion protection.`)
  },
})
