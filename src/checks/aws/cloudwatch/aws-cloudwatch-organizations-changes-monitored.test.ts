import check from './aws-cloudwatch-organizations-changes-monitored.js'
import { describeMonitoringCheck } from '../../_shared/monitoring-testing.js'

describeMonitoringCheck(check, {
  compact:
    '{($.eventSource=organizations.amazonaws.com)&&(($.eventName=UpdateOrganizationalUnit)||($.eventName=UpdatePolicy)||($.eventName=RemoveAccountFromOrganization)||($.eventName=MoveAccount)||($.eventName=LeaveOrganization)||($.eventName=InviteAccountToOrganization)||($.eventName=EnablePolicyType)||($.eventName=DisablePolicyType)||($.eventName=DetachPolicy)||($.eventName=DeletePolicy)||($.eventName=DeleteOrganizationalUnit)||($.eventName=DeleteOrganization)||($.eventName=DeclineHandshake)||($.eventName=CreatePolicy)||($.eventName=CreateOrganizationalUnit)||($.eventName=CreateAccount)||($.eventName=AttachPolicy)||($.eventName=AcceptHandshake))}',
  incomplete:
    '{($.eventSource=organizations.amazonaws.com)&&(($.eventName=UpdateOrganizationalUnit)||($.eventName=UpdatePolicy)||($.eventName=RemoveAccountFromOrganization)||($.eventName=MoveAccount)||($.eventName=LeaveOrganization)||($.eventName=InviteAccountToOrganization)||($.eventName=EnablePolicyType)||($.eventName=DisablePolicyType)||($.eventName=DeletePolicy)||($.eventName=DeleteOrganizationalUnit)||($.eventName=DeleteOrganization)||($.eventName=DeclineHandshake)||($.eventName=CreatePolicy)||($.eventName=CreateOrganizationalUnit)||($.eventName=CreateAccount)||($.eventName=AttachPolicy)||($.eventName=AcceptHandshake))}',
  missing: 'DetachPolicy',
})
