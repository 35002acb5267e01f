import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type AccountAttributes } from '../../../normalize/aws/types.js'
import { evaluateMonitoring, monitoringRemediation, type MonitoringSpec } from '../../_shared/metric-filter.js'

// CIS AWS Foundations v1.4 4.6; AWS Security Hub CloudWatch.6.
const SPEC: MonitoringSpec = {
  subject: 'failed console sign-ins',
  metricName: 'ConsoleSigninFailures',
  pattern: '{ ($.eventName = ConsoleLogin) && ($.errorMessage = "Failed authentication") }',
  reference: 'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html#cloudwatch-6',
}

/** Repeated failed console sign-ins point to password guessing. */
export default defineCheck<AccountAttributes>({
  id: 'aws-cloudwatch-console-auth-failures-monitored',
  title: 'CloudWatch alarm notifies on failed console sign-ins',
  resourceType: AWS.account,
  severity: 'medium',
  categories: ['logging', 'threat-detection'],
  rationale:
    'Repeated failed console authentications indicate brute-force or credential-stuffing attempts against IAM users; alerting on ' +
    'them gives time to lock accounts or block sources.',
  remediation: monitoringRemediation(SPEC),
  evaluate: (account, result, ctx) => evaluateMonitoring(account, SPEC, result, ctx),
})
