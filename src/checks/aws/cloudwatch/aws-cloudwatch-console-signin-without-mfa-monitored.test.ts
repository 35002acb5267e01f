import check from './aws-cloudwatch-console-signin-without-mfa-monitored.js'
import { describeMonitoringCheck } from '../../_shared/monitoring-testing.js'

describeMonitoringCheck(check, {
  compact: '{($.additionalEventData.MFAUsed!="Yes")&&($.eventName="ConsoleLogin")}',
  incomplete: '{ ($.eventName = "ConsoleLogin") }',
  missing: 'MFAUsed != Yes',
  variants: [
    {
      name: 'CIS v1.4 variant limited to successful IAM user sign-ins',
      pattern:
        '{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") && ($.userIdentity.type = "IAMUser") && ($.responseElements.ConsoleLogin = "Success") }',
    },
  ],
})
