import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type AccountAttributes } from '../../../normalize/aws/types.js'
import { evaluateMonitoring, monitoringRemediation, type MonitoringSpec } from '../../_shared/metric-filter.js'

// CIS AWS Foundations v1.4 4.12; AWS Security Hub CloudWatch.12.
const SPEC: MonitoringSpec = {
  subject: 'network gateway changes',
  metricName: 'NetworkGatewayChanges',
  pattern:
    '{ ($.eventName = CreateCustomerGateway) || ($.eventName = DeleteCustomerGateway) || ' +
    '($.eventName = AttachInternetGateway) || ($.eventName = CreateInternetGateway) || ' +
    '($.eventName = DeleteInternetGateway) || ($.eventName = DetachInternetGateway) }',
  reference: 'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html#cloudwatch-12',
}

/** Gateways decide which paths lead into and out of a VPC. */
export default defineCheck<AccountAttributes>({
  id: 'aws-cloudwatch-network-gateway-changes-monitored',
  title: 'CloudWatch alarm notifies on network gateway changes',
  resourceType: AWS.account,
  severity: 'medium',
  categories: ['logging', 'threat-detection'],
  rationale:
    'Attaching an internet gateway or creating a customer gateway opens new paths into or out of a VPC, for example for data ' +
    'exfiltration; these changes should never go unnoticed.',
  remediation: monitoringRemediation(SPEC),
  evaluate: (account, result, ctx) => evaluateMonitoring(account, SPEC, result, ctx),
})
