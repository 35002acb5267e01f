import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type AccountAttributes } from '../../../normalize/aws/types.js'
import { evaluateMonitoring, monitoringRemediation, type MonitoringSpec } from '../../_shared/metric-filter.js'

// CIS AWS Foundations v1.4 4.5; AWS Security Hub CloudWatch.5.
const SPEC: MonitoringSpec = {
  subject: 'CloudTrail configuration changes',
  metricName: 'CloudTrailChanges',
  pattern:
    '{ ($.eventName = CreateTrail) || ($.eventName = UpdateTrail) || ($.eventName = DeleteTrail) || ' +
    '($.eventName = StartLogging) || ($.eventName = StopLogging) }',
  reference: 'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html#cloudwatch-5',
}

/** Stopping or altering trails is how intruders blind the audit log. */
export default defineCheck<AccountAttributes>({
  id: 'aws-cloudwatch-cloudtrail-changes-monitored',
  title: 'CloudWatch alarm notifies on CloudTrail configuration changes',
  resourceType: AWS.account,
  severity: 'medium',
  categories: ['logging', 'threat-detection'],
  rationale:
    'Stopping, deleting or redirecting a trail removes the audit record for everything that follows; an alarm makes such changes ' +
    'visible before the gap is exploited.',
  remediation: monitoringRemediation(SPEC),
  evaluate: (account, result, ctx) => evaluateMonitoring(account, SPEC, result, ctx),
})
