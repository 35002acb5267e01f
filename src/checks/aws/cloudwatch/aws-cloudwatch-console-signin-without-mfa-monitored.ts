import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type AccountAttributes } from '../../../normalize/aws/types.js'
import { evaluateMonitoring, monitoringRemediation, type MonitoringSpec } from '../../_shared/metric-filter.js'

// CIS AWS Foundations v1.4 4.2; AWS Security Hub CloudWatch.3.
const SPEC: MonitoringSpec = {
  subject: 'console sign-ins without MFA',
  metricName: 'ConsoleSigninWithoutMFA',
  pattern: '{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") }',
  reference: 'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html#cloudwatch-3',
}

/** Console sign-ins that skip MFA show an account whose password alone opens the console. */
export default defineCheck<AccountAttributes>({
  id: 'aws-cloudwatch-console-signin-without-mfa-monitored',
  title: 'CloudWatch alarm notifies on console sign-ins without MFA',
  resourceType: AWS.account,
  severity: 'medium',
  categories: ['logging', 'threat-detection'],
  rationale:
    'A console sign-in without MFA means a password alone was enough; alerting on it finds users without MFA and catches sign-ins ' +
    'with phished passwords.',
  remediation: monitoringRemediation(SPEC),
  evaluate: (account, result, ctx) => evaluateMonitoring(account, SPEC, result, ctx),
})
