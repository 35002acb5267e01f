import check from './aws-cloudwatch-config-changes-monitored.js'
import { describeMonitoringCheck } from '../../_shared/monitoring-testing.js'

describeMonitoringCheck(check, {
  compact:
    '{($.eventSource=config.amazonaws.com)&&(($.eventName=PutConfigurationRecorder)||($.eventName=PutDeliveryChannel)||($.eventName=DeleteDeliveryChannel)||($.eventName=StopConfigurationRecorder))}',
  incomplete:
    '{($.eventSource=config.amazonaws.com)&&(($.eventName=PutDeliveryChannel)||($.eventName=DeleteDeliveryChannel)||($.eventName=StopConfigurationRecorder))}',
  missing: 'PutConfigurationRecorder',
})
