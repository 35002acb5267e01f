import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type AccountAttributes } from '../../../normalize/aws/types.js'
import { evaluateMonitoring, monitoringRemediation, type MonitoringSpec } from '../../_shared/metric-filter.js'

// CIS AWS Foundations v1.4 4.14; AWS Security Hub CloudWatch.14.
const SPEC: MonitoringSpec = {
  subject: 'VPC changes',
  metricName: 'VPCChanges',
  pattern:
    '{ ($.eventName = CreateVpc) || ($.eventName = DeleteVpc) || ($.eventName = ModifyVpcAttribute) || ' +
    '($.eventName = AcceptVpcPeeringConnection) || ($.eventName = CreateVpcPeeringConnection) || ' +
    '($.eventName = DeleteVpcPeeringConnection) || ($.eventName = RejectVpcPeeringConnection) || ' +
    '($.eventName = AttachClassicLinkVpc) || ($.eventName = DetachClassicLinkVpc) || ' +
    '($.eventName = DisableVpcClassicLink) || ($.eventName = EnableVpcClassicLink) }',
  reference: 'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html#cloudwatch-14',
}

/** VPC and peering changes alter network boundaries between environments and accounts. */
export default defineCheck<AccountAttributes>({
  id: 'aws-cloudwatch-vpc-changes-monitored',
  title: 'CloudWatch alarm notifies on VPC changes',
  resourceType: AWS.account,
  severity: 'medium',
  categories: ['logging', 'threat-detection'],
  rationale:
    'Creating or accepting VPC peering connections, or changing VPC attributes, can join networks that were meant to stay ' +
    'separate; an alarm lets such boundary changes be reviewed.',
  remediation: monitoringRemediation(SPEC),
  evaluate: (account, result, ctx) => evaluateMonitoring(account, SPEC, result, ctx),
})
