import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type Wafv2WebAclAttributes } from '../../../normalize/aws/types.js'

/** A web ACL that allows by default should contain at least one rule or rule group. */
export default defineCheck<Wafv2WebAclAttributes>({
  id: 'aws-wafv2-web-acl-has-rules',
  title: 'WAFv2 web ACL contains at least one rule or rule group',
  resourceType: AWS.wafv2WebAcl,
  severity: 'medium',
  categories: ['network'],
  rationale:
    'A web ACL without rules and with default action Allow inspects nothing: the protected load balancers, APIs or distributions look ' +
    'covered while every request, malicious or not, passes through.',
  remediation: {
    steps: ['Add rules or rule groups to the web ACL, for example AWSManagedRulesCommonRuleSet and AWSManagedRulesKnownBadInputsRuleSet.'],
    cli: 'aws wafv2 update-web-acl --name <name> --scope REGIONAL --id <id> --lock-token <token> --default-action Allow={} --rules file://rules.json --visibility-config <config>',
    terraform: 'aws_wafv2_web_acl: rule { name = "common", override_action { none {} }, statement { managed_rule_group_statement { ... } } }',
    references: ['https://docs.aws.amazon.com/waf/latest/developerguide/web-acl-editing.html'],
  },
  evaluate(acl, result) {
    const name = acl.attributes.name
    const rules = known(acl.attributes.rules, `rules of web ACL ${name}`)
    if (rules.length > 0) return result.pass(`Web ACL ${name} evaluates ${rules.length} rule(s) or rule group(s).`)
    return known(acl.attributes.defaultAction, `default action of web ACL ${name}`) === 'BLOCK'
      ? result.pass(`Web ACL ${name} has no rules but blocks every request by default.`)
      : result.fail(`Web ACL ${name} has no rules and allows every request by default.`)
  },
})
