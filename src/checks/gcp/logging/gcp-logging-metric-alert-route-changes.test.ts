import check, { SPEC } from './gcp-logging-metric-alert-route-changes.js'
import { describeLogMetricCheck } from '../../_shared/gcp-log-metrics-testing.js'

describeLogMetricCheck(check, SPEC, {
  accepted: [
    {
      name: 'a value list with the has operator',
      filter: 'resource.type="gce_route" AND protoPayload.methodName:("compute.routes.insert" OR "compute.routes.delete")',
    },
  ],
  rejected: [
    { name: 'insert only', filter: 'resource.type="gce_route" AND protoPayload.methodName:"compute.routes.insert"' },
    {
      name: 'unbalanced parentheses',
      filter: 'resource.type="gce_route" AND (protoPayload.methodName:"compute.routes.delete" OR protoPayload.methodName:"compute.routes.insert"',
    },
  ],
})
