import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type AccountAttributes } from '../../../normalize/aws/types.js'
import { evaluateMonitoring, monitoringRemediation, type MonitoringSpec } from '../../_shared/metric-filter.js'

// CIS AWS Foundations v1.4 4.15.
const SPEC: MonitoringSpec = {
  subject: 'AWS Organizations changes',
  metricName: 'OrganizationsChanges',
  pattern:
    '{ ($.eventSource = organizations.amazonaws.com) && (($.eventName = "AcceptHandshake") || ' +
    '($.eventName = "AttachPolicy") || ($.eventName = "CreateAccount") || ' +
    '($.eventName = "CreateOrganizationalUnit") || ($.eventName = "CreatePolicy") || ' +
    '($.eventName = "DeclineHandshake") || ($.eventName = "DeleteOrganization") || ' +
    '($.eventName = "DeleteOrganizationalUnit") || ($.eventName = "DeletePolicy") || ($.eventName = "DetachPolicy") || ' +
    '($.eventName = "DisablePolicyType") || ($.eventName = "EnablePolicyType") || ' +
    '($.eventName = "InviteAccountToOrganization") || ($.eventName = "LeaveOrganization") || ' +
    '($.eventName = "MoveAccount") || ($.eventName = "RemoveAccountFromOrganization") || ' +
    '($.eventName = "UpdatePolicy") || ($.eventName = "UpdateOrganizationalUnit")) }',
  reference: 'https://www.cisecurity.org/benchmark/amazon_web_services',
}

/** Organizations changes (SCPs, accounts, OUs) alter guardrails for every account at once. */
export default defineCheck<AccountAttributes>({
  id: 'aws-cloudwatch-organizations-changes-monitored',
  title: 'CloudWatch alarm notifies on AWS Organizations changes',
  resourceType: AWS.account,
  severity: 'medium',
  categories: ['logging', 'threat-detection'],
  rationale:
    'Detaching a service control policy, moving an account or removing it from the organization changes the guardrails of many ' +
    'accounts at once; in the management account these calls must raise an alert.',
  remediation: monitoringRemediation(SPEC),
  evaluate: (account, result, ctx) => evaluateMonitoring(account, SPEC, result, ctx),
})
