import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type Wafv2WebAclAttributes } from '../../../normalize/aws/types.js'

/** WAFv2 web ACLs should log the requests they inspect. */
export default defineCheck<Wafv2WebAclAttributes>({
  id: 'aws-wafv2-web-acl-logging-enabled',
  title: 'WAFv2 web ACL has logging configured',
  resourceType: AWS.wafv2WebAcl,
  severity: 'medium',
  categories: ['logging'],
  rationale:
    'WAF logs record each inspected request with the rule that matched and the action taken. Without them blocked attacks leave no ' +
    'trace, allowed malicious requests cannot be investigated, and false positives cannot be tuned.',
  remediation: {
    steps: [
      'Create a CloudWatch Logs log group, S3 bucket or Firehose stream whose name starts with aws-waf-logs-.',
      'Put a logging configuration on the web ACL pointing to it (redact sensitive fields such as the authorization header).',
    ],
    cli:
      'aws wafv2 put-logging-configuration --logging-configuration ' +
      'ResourceArn=<web-acl-arn>,LogDestinationConfigs=arn:aws:logs:<region>:<account>:log-group:aws-waf-logs-<name>',
    terraform:
      'aws_wafv2_web_acl_logging_configuration { resource_arn = aws_wafv2_web_acl.<acl>.arn, log_destination_configs = [<destination-arn>] }',
    references: ['https://docs.aws.amazon.com/waf/latest/developerguide/logging.html'],
  },
  evaluate(acl, result) {
    const name = acl.attributes.name
    const logging = known(acl.attributes.logging, `logging configuration of web ACL ${name}`)
    return logging
      ? result.pass(`Web ACL ${name} logs to ${logging.destinations.join(', ') || 'a configured destination'}.`)
      : result.fail(`Web ACL ${name} has no logging configuration.`)
  },
})
