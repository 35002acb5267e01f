import check, { SPEC } from './gcp-logging-metric-alert-sql-config-changes.js'
import { describeLogMetricCheck } from '../../_shared/gcp-log-metrics-testing.js'

describeLogMetricCheck(check, SPEC, {
  accepted: [
    { name: 'unquoted method name', filter: 'protoPayload.methodName=cloudsql.instances.update' },
    {
      name: 'an extra alternative',
      filter: 'protoPayload.methodName="cloudsql.instances.update" OR protoPayload.methodName="cloudsql.instances.create"',
    },
  ],
  rejected: [
    { name: 'restricted to one instance', filter: 'protoPayload.methodName="cloudsql.instances.update" AND resource.labels.database_id="p:db1"' },
    { name: 'create instead of update', filter: 'protoPayload.methodName="cloudsql.instances.create"' },
  ],
})
