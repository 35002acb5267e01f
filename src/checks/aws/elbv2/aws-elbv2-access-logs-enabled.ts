import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type Elbv2LoadBalancerAttributes } from '../../../normalize/aws/types.js'

/** Application and Network Load Balancers should write access logs to S3. */
export default defineCheck<Elbv2LoadBalancerAttributes>({
  id: 'aws-elbv2-access-logs-enabled',
  title: 'Application or Network Load Balancer writes access logs to S3',
  resourceType: AWS.elbv2LoadBalancer,
  severity: 'medium',
  categories: ['logging'],
  rationale:
    'Access logs record each request (ALB) or TLS connection (NLB): client address, target, status, TLS protocol and cipher. Without ' +
    'them there is no record of probing, exploitation attempts or data pulled through the load balancer.',
  remediation: {
    steps: ['Create an S3 bucket whose policy allows log delivery from Elastic Load Balancing.', 'Enable access logs with that bucket.'],
    cli:
      'aws elbv2 modify-load-balancer-attributes --load-balancer-arn <arn> --attributes ' +
      'Key=access_logs.s3.enabled,Value=true Key=access_logs.s3.bucket,Value=<bucket>',
    terraform: 'aws_lb: access_logs { bucket = "<bucket>", enabled = true }',
    references: [
      'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html',
      'https://docs.aws.amazon.com/elasticloadbalancing/latest/network/load-balancer-access-logs.html',
    ],
  },
  // Gateway Load Balancers have no access logs.
  applies: (lb) => lb.attributes.type === 'application' || lb.attributes.type === 'network',
  evaluate(lb, result) {
    const name = lb.attributes.loadBalancerName
    return known(lb.attributes.accessLogsEnabled, `access log setting of load balancer ${name}`)
      ? result.pass(`Load balancer ${name} writes access logs to S3.`)
      : result.fail(`Load balancer ${name} has access logging disabled.`)
  },
})
