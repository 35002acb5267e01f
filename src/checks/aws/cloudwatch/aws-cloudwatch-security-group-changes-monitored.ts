import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type AccountAttributes } from '../../../normalize/aws/types.js'
import { evaluateMonitoring, monitoringRemediation, type MonitoringSpec } from '../../_shared/metric-filter.js'

// CIS AWS Foundations v1.4 4.10; AWS Security Hub CloudWatch.10.
const SPEC: MonitoringSpec = {
  subject: 'security group changes',
  metricName: 'SecurityGroupChanges',
  pattern:
    '{ ($.eventName = AuthorizeSecurityGroupIngress) || ($.eventName = AuthorizeSecurityGroupEgress) || ' +
    '($.eventName = RevokeSecurityGroupIngress) || ($.eventName = RevokeSecurityGroupEgress) || ' +
    '($.eventName = CreateSecurityGroup) || ($.eventName = DeleteSecurityGroup) }',
  reference: 'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html#cloudwatch-10',
}

/** Security group edits can open instances to the internet. */
export default defineCheck<AccountAttributes>({
  id: 'aws-cloudwatch-security-group-changes-monitored',
  title: 'CloudWatch alarm notifies on security group changes',
  resourceType: AWS.account,
  severity: 'medium',
  categories: ['logging', 'threat-detection'],
  rationale:
    'A single added ingress rule can expose databases or admin ports to the internet; alerting on security group changes lets ' +
    'unexpected openings be reverted quickly.',
  remediation: monitoringRemediation(SPEC),
  evaluate: (account, result, ctx) => evaluateMonitoring(account, SPEC, result, ctx),
})
