import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type AccountAttributes } from '../../../normalize/aws/types.js'
import { evaluateMonitoring, monitoringRemediation, type MonitoringSpec } from '../../_shared/metric-filter.js'

// CIS AWS Foundations v1.4 4.13; AWS Security Hub CloudWatch.13.
const SPEC: MonitoringSpec = {
  subject: 'route table changes',
  metricName: 'RouteTableChanges',
  pattern:
    '{ ($.eventName = CreateRoute) || ($.eventName = CreateRouteTable) || ($.eventName = ReplaceRoute) || ' +
    '($.eventName = ReplaceRouteTableAssociation) || ($.eventName = DeleteRouteTable) || ' +
    '($.eventName = DeleteRoute) || ($.eventName = DisassociateRouteTable) }',
  reference: 'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html#cloudwatch-13',
}

/** Route changes can send private traffic to the internet or through an attacker-controlled appliance. */
export default defineCheck<AccountAttributes>({
  id: 'aws-cloudwatch-route-table-changes-monitored',
  title: 'CloudWatch alarm notifies on route table changes',
  resourceType: AWS.account,
  severity: 'medium',
  categories: ['logging', 'threat-detection'],
  rationale:
    'A changed route can send private subnet traffic to an internet gateway or through an attacker-controlled instance; alerting ' +
    'on route table changes keeps traffic on its intended path.',
  remediation: monitoringRemediation(SPEC),
  evaluate: (account, result, ctx) => evaluateMonitoring(account, SPEC, result, ctx),
})
