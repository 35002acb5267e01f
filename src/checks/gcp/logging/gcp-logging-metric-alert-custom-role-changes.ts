import { defineCheck } from '../../../evaluate/define-check.js'
import { GCP_CORE, type GcpProjectAttributes } from '../../../normalize/gcp/types.js'
import { evaluateLogMetricAlert, logMetricRemediation, type LogMetricSpec } from '../../_shared/gcp-log-metrics.js'

/** CIS Google Cloud Foundations 2.6: the benchmark filter and what it watches. */
export const SPEC: LogMetricSpec = {
  cis: '2.6',
  subject: 'custom role changes',
  metricName: 'custom-role-changes',
  filter: `resource.type="iam_role"
AND (protoPayload.methodName="google.iam.admin.v1.CreateRole"
OR protoPayload.methodName="google.iam.admin.v1.DeleteRole"
OR protoPayload.methodName="google.iam.admin.v1.UpdateRole")`,
  reference: 'https://cloud.google.com/iam/docs/creating-custom-roles',
}

/** A quietly widened custom role grants new permissions to everyone who holds it. */
export default defineCheck<GcpProjectAttributes>({
  id: 'gcp-logging-metric-alert-custom-role-changes',
  title: 'Log metric and alert exist for custom IAM role changes',
  resourceType: GCP_CORE.project,
  severity: 'medium',
  categories: ['logging', 'threat-detection'],
  rationale:
    'Creating, deleting or editing a custom role changes what every holder of the role may do without any new binding ' +
    'appearing; an alert catches over-privileged or tampered roles.',
  remediation: logMetricRemediation(SPEC),
  evaluate: (project, result, ctx) => evaluateLogMetricAlert(project, SPEC, result, ctx),
})
