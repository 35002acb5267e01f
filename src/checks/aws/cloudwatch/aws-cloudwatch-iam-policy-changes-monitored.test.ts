import check from './aws-cloudwatch-iam-policy-changes-monitored.js'
import { describeMonitoringCheck } from '../../_shared/monitoring-testing.js'

describeMonitoringCheck(check, {
  compact:
    '{($.eventName=DetachGroupPolicy)||($.eventName=AttachGroupPolicy)||($.eventName=DetachUserPolicy)||($.eventName=AttachUserPolicy)||($.eventName=DetachRolePolicy)||($.eventName=AttachRolePolicy)||($.eventName=DeletePolicyVersion)||($.eventName=CreatePolicyVersion)||($.eventName=DeletePolicy)||($.eventName=CreatePolicy)||($.eventName=PutUserPolicy)||($.eventName=PutRolePolicy)||($.eventName=PutGroupPolicy)||($.eventName=DeleteUserPolicy)||($.eventName=DeleteRolePolicy)||($.eventName=DeleteGroupPolicy)}',
  incomplete:
    '{($.eventName=AttachGroupPolicy)||($.eventName=DetachUserPolicy)||($.eventName=AttachUserPolicy)||($.eventName=DetachRolePolicy)||($.eventName=AttachRolePolicy)||($.eventName=DeletePolicyVersion)||($.eventName=CreatePolicyVersion)||($.eventName=DeletePolicy)||($.eventName=CreatePolicy)||($.eventName=PutUserPolicy)||($.eventName=PutRolePolicy)||($.eventName=PutGroupPolicy)||($.eventName=DeleteUserPolicy)||($.eventName=DeleteRolePolicy)||($.eventName=DeleteGroupPolicy)}',
  missing: 'DetachGroupPolicy',
})
