import check, { SPEC } from './gcp-logging-metric-alert-custom-role-changes.js'
import { describeLogMetricCheck } from '../../_shared/gcp-log-metrics-testing.js'

describeLogMetricCheck(check, SPEC, {
  accepted: [
    {
      name: 'CIS v3 spelling with UndeleteRole added',
      filter:
        'resource.type="iam_role" AND (protoPayload.methodName = "google.iam.admin.v1.CreateRole" OR protoPayload.methodName="google.iam.admin.v1.DeleteRole" OR protoPayload.methodName="google.iam.admin.v1.UpdateRole" OR protoPayload.methodName="google.iam.admin.v1.UndeleteRole")',
    },
    {
      name: 'a value list',
      filter:
        'resource.type="iam_role" AND protoPayload.methodName=("google.iam.admin.v1.UpdateRole" OR "google.iam.admin.v1.CreateRole" OR "google.iam.admin.v1.DeleteRole")',
    },
  ],
  rejected: [
    {
      name: 'without DeleteRole',
      filter:
        'resource.type="iam_role" AND (protoPayload.methodName="google.iam.admin.v1.CreateRole" OR protoPayload.methodName="google.iam.admin.v1.UpdateRole")',
    },
    {
      name: 'an extra restriction on a role',
      filter:
        'resource.type="iam_role" AND (protoPayload.methodName="google.iam.admin.v1.CreateRole" OR protoPayload.methodName="google.iam.admin.v1.DeleteRole" OR protoPayload.methodName="google.iam.admin.v1.UpdateRole") AND protoPayload.serviceData.policyDelta.bindingDeltas.role="roles/editor"',
    },
  ],
})
