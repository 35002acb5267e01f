import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type Wafv2WebAclAttributes } from '../../../normalize/aws/types.js'

/** Web ACLs and their rules should publish CloudWatch metrics. */
export default defineCheck<Wafv2WebAclAttributes>({
  id: 'aws-wafv2-web-acl-metrics-enabled',
  title: 'WAFv2 web ACL and all its rules publish CloudWatch metrics',
  resourceType: AWS.wafv2WebAcl,
  severity: 'low',
  categories: ['logging'],
  rationale:
    'CloudWatch metrics (allowed, blocked and counted requests per rule) are what alarms and dashboards use to notice an attack or a ' +
    'rule that suddenly blocks legitimate traffic; with metrics off for the ACL or a rule, that signal is missing.',
  remediation: {
    steps: ['Set CloudWatchMetricsEnabled = true in the visibility configuration of the web ACL and of every rule.'],
    cli: 'aws wafv2 update-web-acl --name <name> --scope REGIONAL --id <id> --lock-token <token> --default-action Allow={} --rules file://rules.json --visibility-config SampledRequestsEnabled=true,CloudWatchMetricsEnabled=true,MetricName=<name>',
    terraform: 'aws_wafv2_web_acl: visibility_config { cloudwatch_metrics_enabled = true } (and in every rule block)',
    references: ['https://docs.aws.amazon.com/waf/latest/developerguide/waf-metrics.html'],
  },
  evaluate(acl, result) {
    const name = acl.attributes.name
    const aclMetrics = known(acl.attributes.metricsEnabled, `visibility configuration of web ACL ${name}`)
    const rules = known(acl.attributes.rules, `rules of web ACL ${name}`)
    const silent = rules.filter((r) => !r.metricsEnabled).map((r) => r.name)
    if (!aclMetrics) silent.unshift('(the web ACL itself)')
    return silent.length === 0
      ? result.pass(`Web ACL ${name} and its ${rules.length} rule(s) publish CloudWatch metrics.`)
      : result.fail(`Web ACL ${name} has CloudWatch metrics disabled for: ${silent.join(', ')}.`)
  },
})
