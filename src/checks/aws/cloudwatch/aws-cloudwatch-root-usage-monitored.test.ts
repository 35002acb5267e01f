import check from './aws-cloudwatch-root-usage-monitored.js'
import { describeMonitoringCheck } from '../../_shared/monitoring-testing.js'

describeMonitoringCheck(check, {
  compact: '{$.eventType!="AwsServiceEvent"&&$.userIdentity.type="Root"&&$.userIdentity.invokedBy NOT EXISTS}',
  incomplete: '{ $.userIdentity.type = "Root" && $.eventType != "AwsServiceEvent" }',
  missing: 'invokedBy NOT EXISTS',
})
