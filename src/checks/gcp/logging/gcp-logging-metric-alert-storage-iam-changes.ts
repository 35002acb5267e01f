import { defineCheck } from '../../../evaluate/define-check.js'
import { GCP_CORE, type GcpProjectAttributes } from '../../../normalize/gcp/types.js'
import { evaluateLogMetricAlert, logMetricRemediation, type LogMetricSpec } from '../../_shared/gcp-log-metrics.js'

/** CIS Google Cloud Foundations 2.10: the benchmark filter and what it watches. */
export const SPEC: LogMetricSpec = {
  cis: '2.10',
  subject: 'Cloud Storage IAM permission changes',
  metricName: 'storage-iam-changes',
  filter: `resource.type="gcs_bucket"
AND protoPayload.methodName="storage.setIamPermissions"`,
  reference: 'https://cloud.google.com/storage/docs/access-control/iam',
}

/** One bucket IAM change can publish its whole contents. */
export default defineCheck<GcpProjectAttributes>({
  id: 'gcp-logging-metric-alert-storage-iam-changes',
  title: 'Log metric and alert exist for Cloud Storage IAM permission changes',
  resourceType: GCP_CORE.project,
  severity: 'medium',
  categories: ['logging', 'threat-detection'],
  rationale:
    'A single setIamPermissions call can grant allUsers read access to a bucket; an alert on bucket IAM changes shortens ' +
    'the time data stays exposed by mistake or on purpose.',
  remediation: logMetricRemediation(SPEC),
  evaluate: (project, result, ctx) => evaluateLogMetricAlert(project, SPEC, result, ctx),
})
