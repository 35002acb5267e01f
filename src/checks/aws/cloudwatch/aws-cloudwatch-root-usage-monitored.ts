import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type AccountAttributes } from '../../../normalize/aws/types.js'
import { evaluateMonitoring, monitoringRemediation, type MonitoringSpec } from '../../_shared/metric-filter.js'

// CIS AWS Foundations v1.4 4.3; AWS Security Hub CloudWatch.1.
const SPEC: MonitoringSpec = {
  subject: 'root user activity',
  metricName: 'RootAccountUsage',
  pattern: '{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }',
  reference: 'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html#cloudwatch-1',
}

/** The root user bypasses IAM; any use of it outside rare break-glass tasks needs a human to look. */
export default defineCheck<AccountAttributes>({
  id: 'aws-cloudwatch-root-usage-monitored',
  title: 'CloudWatch alarm notifies on root user activity',
  resourceType: AWS.account,
  severity: 'high',
  categories: ['logging', 'threat-detection'],
  rationale:
    'The root user cannot be restricted by IAM policies or SCPs and should almost never be used; an alarm on its activity detects ' +
    'both misuse by staff and a compromised root password or key.',
  remediation: monitoringRemediation(SPEC),
  evaluate: (account, result, ctx) => evaluateMonitoring(account, SPEC, result, ctx),
})
