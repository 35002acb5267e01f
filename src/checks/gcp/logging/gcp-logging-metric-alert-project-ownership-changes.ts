import { defineCheck } from '../../../evaluate/define-check.js'
import { GCP_CORE, type GcpProjectAttributes } from '../../../normalize/gcp/types.js'
import { evaluateLogMetricAlert, logMetricRemediation, type LogMetricSpec } from '../../_shared/gcp-log-metrics.js'

/** CIS Google Cloud Foundations 2.4: the benchmark filter and what it watches. */
export const SPEC: LogMetricSpec = {
  cis: '2.4',
  subject: 'project ownership changes',
  metricName: 'project-ownership-changes',
  filter: `(protoPayload.serviceName="cloudresourcemanager.googleapis.com")
AND (ProjectOwnership OR projectOwnerInvitee)
OR (protoPayload.serviceData.policyDelta.bindingDeltas.action="REMOVE"
AND protoPayload.serviceData.policyDelta.bindingDeltas.role="roles/owner")
OR (protoPayload.serviceData.policyDelta.bindingDeltas.action="ADD"
AND protoPayload.serviceData.policyDelta.bindingDeltas.role="roles/owner")`,
  reference: 'https://cloud.google.com/iam/docs/roles-overview#basic',
}

/** Owner grants and removals are the most privileged IAM changes in a project. */
export default defineCheck<GcpProjectAttributes>({
  id: 'gcp-logging-metric-alert-project-ownership-changes',
  title: 'Log metric and alert exist for project ownership changes',
  resourceType: GCP_CORE.project,
  severity: 'medium',
  categories: ['logging', 'threat-detection'],
  rationale:
    'roles/owner grants every permission in the project, including granting it to others; an alert on ownership ' +
    'invitations, grants and removals surfaces a takeover or an unreviewed grant while it can still be reversed.',
  remediation: logMetricRemediation(SPEC),
  evaluate: (project, result, ctx) => evaluateLogMetricAlert(project, SPEC, result, ctx),
})
