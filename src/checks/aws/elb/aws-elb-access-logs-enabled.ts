import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type ElbLoadBalancerAttributes } from '../../../normalize/aws/types.js'

/** Classic load balancers should write access logs to S3. */
export default defineCheck<ElbLoadBalancerAttributes>({
  id: 'aws-elb-access-logs-enabled',
  title: 'Classic Load Balancer writes access logs to S3',
  resourceType: AWS.elbLoadBalancer,
  severity: 'medium',
  categories: ['logging'],
  rationale:
    'Access logs record every request the load balancer received (client IP, path, status, TLS protocol and cipher); without them ' +
    'there is no record of who probed or attacked the application behind it, and an incident cannot be reconstructed.',
  remediation: {
    steps: [
      'Create (or choose) an S3 bucket whose policy lets Elastic Load Balancing write to it.',
      'Enable access logs on the load balancer with that bucket and an emit interval of 5 or 60 minutes.',
    ],
    cli:
      'aws elb modify-load-balancer-attributes --load-balancer-name <name> ' +
      '--load-balancer-attributes "{\\"AccessLog\\":{\\"Enabled\\":true,\\"S3BucketName\\":\\"<bucket>\\",\\"EmitInterval\\":60}}"',
    terraform: 'aws_elb: access_logs { bucket = "<bucket>", enabled = true }',
    references: ['https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/access-log-collection.html'],
  },
  evaluate(lb, result) {
    const name = lb.attributes.loadBalancerName
    return known(lb.attributes.accessLogsEnabled, `access log setting of load balancer ${name}`)
      ? result.pass(`Classic load balancer ${name} writes access logs to S3.`)
      : result.fail(`Classic load balancer ${name} has access logging disabled.`)
  },
})
