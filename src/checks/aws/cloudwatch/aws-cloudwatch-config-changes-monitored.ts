import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type AccountAttributes } from '../../../normalize/aws/types.js'
import { evaluateMonitoring, monitoringRemediation, type MonitoringSpec } from '../../_shared/metric-filter.js'

// CIS AWS Foundations v1.4 4.9; AWS Security Hub CloudWatch.9.
const SPEC: MonitoringSpec = {
  subject: 'AWS Config configuration changes',
  metricName: 'AWSConfigChanges',
  pattern:
    '{ ($.eventSource = config.amazonaws.com) && (($.eventName = StopConfigurationRecorder) || ' +
    '($.eventName = DeleteDeliveryChannel) || ($.eventName = PutDeliveryChannel) || ' +
    '($.eventName = PutConfigurationRecorder)) }',
  reference: 'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html#cloudwatch-9',
}

/** Stopping the Config recorder or its delivery channel hides later resource changes. */
export default defineCheck<AccountAttributes>({
  id: 'aws-cloudwatch-config-changes-monitored',
  title: 'CloudWatch alarm notifies on AWS Config configuration changes',
  resourceType: AWS.account,
  severity: 'medium',
  categories: ['logging', 'threat-detection'],
  rationale:
    'Stopping the configuration recorder or deleting its delivery channel removes the configuration history that incident response ' +
    'and Config rules rely on; an alarm makes the change visible.',
  remediation: monitoringRemediation(SPEC),
  evaluate: (account, result, ctx) => evaluateMonitoring(account, SPEC, result, ctx),
})
