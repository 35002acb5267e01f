import check, { SPEC } from './gcp-logging-metric-alert-project-ownership-changes.js'
import { describeLogMetricCheck } from '../../_shared/gcp-log-metrics-testing.js'

describeLogMetricCheck(check, SPEC, {
  accepted: [
    {
      name: 'one line, unquoted values, OR terms reordered',
      filter:
        'protoPayload.serviceName=cloudresourcemanager.googleapis.com AND (projectOwnerInvitee OR ProjectOwnership) OR (protoPayload.serviceData.policyDelta.bindingDeltas.role="roles/owner" AND protoPayload.serviceData.policyDelta.bindingDeltas.action="ADD") OR (protoPayload.serviceData.policyDelta.bindingDeltas.role="roles/owner" AND protoPayload.serviceData.policyDelta.bindingDeltas.action="REMOVE")',
    },
    {
      name: 'the AND-first reading, which only widens it',
      filter:
        '(protoPayload.serviceName="cloudresourcemanager.googleapis.com" AND (ProjectOwnership OR projectOwnerInvitee)) OR (protoPayload.serviceData.policyDelta.bindingDeltas.action="REMOVE" AND protoPayload.serviceData.policyDelta.bindingDeltas.role="roles/owner") OR (protoPayload.serviceData.policyDelta.bindingDeltas.action="ADD" AND protoPayload.serviceData.policyDelta.bindingDeltas.role="roles/owner")',
    },
  ],
  rejected: [
    {
      name: 'a filter without the REMOVE alternative',
      filter:
        '(protoPayload.serviceName="cloudresourcemanager.googleapis.com") AND (ProjectOwnership OR projectOwnerInvitee) OR (protoPayload.serviceData.policyDelta.bindingDeltas.action="ADD" AND protoPayload.serviceData.policyDelta.bindingDeltas.role="roles/owner")',
    },
    {
      name: 'roles/editor instead of roles/owner',
      filter:
        '(protoPayload.serviceName="cloudresourcemanager.googleapis.com") AND (ProjectOwnership OR projectOwnerInvitee) OR (protoPayload.serviceData.policyDelta.bindingDeltas.action="REMOVE" AND protoPayload.serviceData.policyDelta.bindingDeltas.role="roles/editor") OR (protoPayload.serviceData.policyDelta.bindingDeltas.action="ADD" AND protoPayload.serviceData.policyDelta.bindingDeltas.role="roles/editor")',
    },
  ],
})
