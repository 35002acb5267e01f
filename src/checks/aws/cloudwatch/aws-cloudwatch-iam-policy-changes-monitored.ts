import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type AccountAttributes } from '../../../normalize/aws/types.js'
import { evaluateMonitoring, monitoringRemediation, type MonitoringSpec } from '../../_shared/metric-filter.js'

// CIS AWS Foundations v1.4 4.4; AWS Security Hub CloudWatch.4.
const SPEC: MonitoringSpec = {
  subject: 'IAM policy changes',
  metricName: 'IAMPolicyChanges',
  pattern:
    '{ ($.eventName = DeleteGroupPolicy) || ($.eventName = DeleteRolePolicy) || ($.eventName = DeleteUserPolicy) || ' +
    '($.eventName = PutGroupPolicy) || ($.eventName = PutRolePolicy) || ($.eventName = PutUserPolicy) || ' +
    '($.eventName = CreatePolicy) || ($.eventName = DeletePolicy) || ($.eventName = CreatePolicyVersion) || ' +
    '($.eventName = DeletePolicyVersion) || ($.eventName = AttachRolePolicy) || ($.eventName = DetachRolePolicy) || ' +
    '($.eventName = AttachUserPolicy) || ($.eventName = DetachUserPolicy) || ($.eventName = AttachGroupPolicy) || ' +
    '($.eventName = DetachGroupPolicy) }',
  reference: 'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html#cloudwatch-4',
}

/** Policy edits are how privileges are escalated or backdoors granted. */
export default defineCheck<AccountAttributes>({
  id: 'aws-cloudwatch-iam-policy-changes-monitored',
  title: 'CloudWatch alarm notifies on IAM policy changes',
  resourceType: AWS.account,
  severity: 'medium',
  categories: ['logging', 'threat-detection'],
  rationale:
    'Attaching, editing or replacing IAM policies is the usual way to escalate privileges or plant persistent access; alerting on ' +
    'these calls lets the change be reviewed the moment it happens.',
  remediation: monitoringRemediation(SPEC),
  evaluate: (account, result, ctx) => evaluateMonitoring(account, SPEC, result, ctx),
})
