import check from './aws-cloudwatch-cmk-disable-deletion-monitored.js'
import { describeMonitoringCheck } from '../../_shared/monitoring-testing.js'

describeMonitoringCheck(check, {
  compact: '{($.eventSource=kms.amazonaws.com)&&(($.eventName=ScheduleKeyDeletion)||($.eventName=DisableKey))}',
  incomplete: '{($.eventSource=kms.amazonaws.com)&&(($.eventName=DisableKey))}',
  missing: 'ScheduleKeyDeletion',
})
