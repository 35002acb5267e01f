import check from './aws-cloudwatch-cloudtrail-changes-monitored.js'
import { describeMonitoringCheck } from '../../_shared/monitoring-testing.js'

describeMonitoringCheck(check, {
  compact: '{($.eventName=StopLogging)||($.eventName=StartLogging)||($.eventName=DeleteTrail)||($.eventName=UpdateTrail)||($.eventName=CreateTrail)}',
  incomplete: '{($.eventName=StartLogging)||($.eventName=DeleteTrail)||($.eventName=UpdateTrail)||($.eventName=CreateTrail)}',
  missing: 'StopLogging',
})
