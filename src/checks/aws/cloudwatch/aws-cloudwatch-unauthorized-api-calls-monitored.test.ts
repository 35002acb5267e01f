import check from './aws-cloudwatch-unauthorized-api-calls-monitored.js'
import { describeMonitoringCheck } from '../../_shared/monitoring-testing.js'

describeMonitoringCheck(check, {
  compact: '{($.errorCode="AccessDenied*")||($.errorCode="*UnauthorizedOperation")}',
  incomplete: '{ $.errorCode = "*UnauthorizedOperation" }',
  missing: 'AccessDenied*',
  variants: [
    {
      name: 'CIS v1.5 pattern with noise exclusions',
      pattern:
        '{ ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*") && ($.sourceIPAddress != "delivery.logs.amazonaws.com") && ($.eventName != "HeadBucket") }',
    },
  ],
})
