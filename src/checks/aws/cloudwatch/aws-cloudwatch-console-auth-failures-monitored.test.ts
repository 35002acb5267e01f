import check from './aws-cloudwatch-console-auth-failures-monitored.js'
import { describeMonitoringCheck } from '../../_shared/monitoring-testing.js'

describeMonitoringCheck(check, {
  compact: '{($.errorMessage="Failed authentication")&&($.eventName=ConsoleLogin)}',
  incomplete: '{ ($.eventName = ConsoleLogin) }',
  missing: 'errorMessage',
})
