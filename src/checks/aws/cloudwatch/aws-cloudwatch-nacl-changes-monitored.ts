import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type AccountAttributes } from '../../../normalize/aws/types.js'
import { evaluateMonitoring, monitoringRemediation, type MonitoringSpec } from '../../_shared/metric-filter.js'

// CIS AWS Foundations v1.4 4.11; AWS Security Hub CloudWatch.11.
const SPEC: MonitoringSpec = {
  subject: 'network ACL changes',
  metricName: 'NACLChanges',
  pattern:
    '{ ($.eventName = CreateNetworkAcl) || ($.eventName = CreateNetworkAclEntry) || ' +
    '($.eventName = DeleteNetworkAcl) || ($.eventName = DeleteNetworkAclEntry) || ' +
    '($.eventName = ReplaceNetworkAclEntry) || ($.eventName = ReplaceNetworkAclAssociation) }',
  reference: 'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html#cloudwatch-11',
}

/** Network ACL edits change what traffic may enter or leave whole subnets. */
export default defineCheck<AccountAttributes>({
  id: 'aws-cloudwatch-nacl-changes-monitored',
  title: 'CloudWatch alarm notifies on network ACL changes',
  resourceType: AWS.account,
  severity: 'medium',
  categories: ['logging', 'threat-detection'],
  rationale:
    'Network ACLs filter traffic for entire subnets; an unexpected allow entry or association change can expose every instance in ' +
    'a subnet at once.',
  remediation: monitoringRemediation(SPEC),
  evaluate: (account, result, ctx) => evaluateMonitoring(account, SPEC, result, ctx),
})
