import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type AccountAttributes } from '../../../normalize/aws/types.js'
import { evaluateMonitoring, monitoringRemediation, type MonitoringSpec } from '../../_shared/metric-filter.js'

// CIS AWS Foundations v1.4 4.1; AWS Security Hub CloudWatch.2.
const SPEC: MonitoringSpec = {
  subject: 'unauthorized API calls',
  metricName: 'UnauthorizedAPICalls',
  pattern: '{ ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*") }',
  reference: 'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html#cloudwatch-2',
}

/** Bursts of AccessDenied / UnauthorizedOperation errors are the footprint of stolen or over-probed credentials. */
export default defineCheck<AccountAttributes>({
  id: 'aws-cloudwatch-unauthorized-api-calls-monitored',
  title: 'CloudWatch alarm notifies on unauthorized API calls',
  resourceType: AWS.account,
  severity: 'medium',
  categories: ['logging', 'threat-detection'],
  rationale:
    'An attacker holding leaked keys enumerates what they allow, producing streams of AccessDenied and UnauthorizedOperation ' +
    'errors; an alarm on them is often the first sign of compromise.',
  remediation: monitoringRemediation(SPEC),
  evaluate: (account, result, ctx) => evaluateMonitoring(account, SPEC, result, ctx),
})
