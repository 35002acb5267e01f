import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type AccountAttributes } from '../../../normalize/aws/types.js'
import { evaluateMonitoring, monitoringRemediation, type MonitoringSpec } from '../../_shared/metric-filter.js'

// CIS AWS Foundations v1.4 4.7; AWS Security Hub CloudWatch.7.
const SPEC: MonitoringSpec = {
  subject: 'KMS keys being disabled or scheduled for deletion',
  metricName: 'DisableOrDeleteCMK',
  pattern: '{ ($.eventSource = kms.amazonaws.com) && (($.eventName = DisableKey) || ($.eventName = ScheduleKeyDeletion)) }',
  reference: 'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html#cloudwatch-7',
}

/** Disabling or deleting a key makes everything encrypted with it unreadable. */
export default defineCheck<AccountAttributes>({
  id: 'aws-cloudwatch-cmk-disable-deletion-monitored',
  title: 'CloudWatch alarm notifies when KMS keys are disabled or scheduled for deletion',
  resourceType: AWS.account,
  severity: 'medium',
  categories: ['logging', 'threat-detection'],
  rationale:
    'Data encrypted under a disabled or deleted customer-managed key can no longer be decrypted, which an attacker can use for ' +
    'sabotage or ransom; the deletion waiting period only helps if someone is alerted.',
  remediation: monitoringRemediation(SPEC),
  evaluate: (account, result, ctx) => evaluateMonitoring(account, SPEC, result, ctx),
})
