import check from './aws-cloudwatch-nacl-changes-monitored.js'
import { describeMonitoringCheck } from '../../_shared/monitoring-testing.js'

describeMonitoringCheck(check, {
  compact:
    '{($.eventName=ReplaceNetworkAclAssociation)||($.eventName=ReplaceNetworkAclEntry)||($.eventName=DeleteNetworkAclEntry)||($.eventName=DeleteNetworkAcl)||($.eventName=CreateNetworkAclEntry)||($.eventName=CreateNetworkAcl)}',
  incomplete:
    '{($.eventName=ReplaceNetworkAclEntry)||($.eventName=DeleteNetworkAclEntry)||($.eventName=DeleteNetworkAcl)||($.eventName=CreateNetworkAclEntry)||($.eventName=CreateNetworkAcl)}',
  missing: 'ReplaceNetworkAclAssociation',
})
