import check, { SPEC } from './gcp-logging-metric-alert-storage-iam-changes.js'
import { describeLogMetricCheck } from '../../_shared/gcp-log-metrics-testing.js'

describeLogMetricCheck(check, SPEC, {
  accepted: [
    { name: 'terms swapped, values unquoted', filter: 'protoPayload.methodName=storage.setIamPermissions AND resource.type=gcs_bucket' },
    { name: 'the has operator instead of =', filter: 'resource.type="gcs_bucket" AND protoPayload.methodName:"storage.setIamPermissions"' },
  ],
  rejected: [
    { name: 'getIamPermissions', filter: 'resource.type="gcs_bucket" AND protoPayload.methodName="storage.getIamPermissions"' },
    {
      name: 'one bucket only',
      filter: 'resource.type="gcs_bucket" AND protoPayload.methodName="storage.setIamPermissions" AND resource.labels.bucket_name="logs"',
    },
  ],
})
