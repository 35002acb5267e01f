import check, { SPEC } from './gcp-logging-metric-alert-audit-config-changes.js'
import { describeLogMetricCheck } from '../../_shared/gcp-log-metrics-testing.js'

describeLogMetricCheck(check, SPEC, {
  accepted: [
    {
      name: 'spaces, lowercase value and swapped terms',
      filter: 'protoPayload.serviceData.policyDelta.auditConfigDeltas : *   AND   protoPayload.methodName = "setiampolicy"',
    },
    { name: 'juxtaposition as AND', filter: 'protoPayload.methodName="SetIamPolicy" protoPayload.serviceData.policyDelta.auditConfigDeltas:*' },
  ],
  rejected: [
    {
      name: 'SetIamPolicy alone restricted to one service',
      filter:
        'protoPayload.methodName="SetIamPolicy" AND protoPayload.serviceData.policyDelta.auditConfigDeltas:* AND protoPayload.serviceName="storage.googleapis.com"',
    },
    {
      name: 'lowercase and (a search term, not the operator)',
      filter: 'protoPayload.methodName="SetIamPolicy" and protoPayload.serviceData.policyDelta.auditConfigDeltas:*',
    },
  ],
})
