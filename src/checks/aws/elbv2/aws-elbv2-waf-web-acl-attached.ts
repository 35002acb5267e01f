import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type Elbv2LoadBalancerAttributes } from '../../../normalize/aws/types.js'

/** Internet-facing Application Load Balancers should be protected by an AWS WAF web ACL. */
export default defineCheck<Elbv2LoadBalancerAttributes>({
  id: 'aws-elbv2-waf-web-acl-attached',
  title: 'Internet-facing Application Load Balancer is associated with a WAFv2 web ACL',
  resourceType: AWS.elbv2LoadBalancer,
  severity: 'medium',
  categories: ['network'],
  rationale:
    'Without a web ACL every request from the internet reaches the application unfiltered: common exploits (SQL injection, XSS, known ' +
    'bad inputs, bots) and floods have to be stopped by the application itself. A web ACL with AWS managed rule groups blocks them at the edge.',
  remediation: {
    steps: [
      'Create a regional WAFv2 web ACL (for example with AWSManagedRulesCommonRuleSet and AWSManagedRulesKnownBadInputsRuleSet).',
      'Associate it with the load balancer.',
    ],
    cli: 'aws wafv2 associate-web-acl --web-acl-arn <web-acl-arn> --resource-arn <load-balancer-arn>',
    terraform: 'aws_wafv2_web_acl_association { resource_arn = aws_lb.<name>.arn, web_acl_arn = aws_wafv2_web_acl.<acl>.arn }',
    references: ['https://docs.aws.amazon.com/waf/latest/developerguide/web-acl-associating-aws-resource.html'],
  },
  applies: (lb) => lb.attributes.type === 'application' && lb.attributes.scheme === 'internet-facing',
  evaluate(lb, result) {
    const name = lb.attributes.loadBalancerName
    const acl = known(lb.attributes.webAclArn, `WAF web ACL of load balancer ${name}`)
    return acl
      ? result.pass(`Load balancer ${name} is protected by web ACL ${acl}.`)
      : result.fail(`Internet-facing load balancer ${name} has no WAFv2 web ACL associated.`)
  },
})
