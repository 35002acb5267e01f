import check from './aws-cloudwatch-security-group-changes-monitored.js'
import { describeMonitoringCheck } from '../../_shared/monitoring-testing.js'

describeMonitoringCheck(check, {
  compact:
    '{($.eventName=DeleteSecurityGroup)||($.eventName=CreateSecurityGroup)||($.eventName=RevokeSecurityGroupEgress)||($.eventName=RevokeSecurityGroupIngress)||($.eventName=AuthorizeSecurityGroupEgress)||($.eventName=AuthorizeSecurityGroupIngress)}',
  incomplete:
    '{($.eventName=CreateSecurityGroup)||($.eventName=RevokeSecurityGroupEgress)||($.eventName=RevokeSecurityGroupIngress)||($.eventName=AuthorizeSecurityGroupEgress)||($.eventName=AuthorizeSecurityGroupIngress)}',
  missing: 'DeleteSecurityGroup',
})
