import { defineCheck } from '../../../evaluate/define-check.js'
import { GCP_CORE, type GcpProjectAttributes } from '../../../normalize/gcp/types.js'
import { evaluateLogMetricAlert, logMetricRemediation, type LogMetricSpec } from '../../_shared/gcp-log-metrics.js'

/** CIS Google Cloud Foundations 2.5: the benchmark filter and what it watches. */
export const SPEC: LogMetricSpec = {
  cis: '2.5',
  subject: 'audit configuration changes',
  metricName: 'audit-config-changes',
  filter: 'protoPayload.methodName="SetIamPolicy" AND protoPayload.serviceData.policyDelta.auditConfigDeltas:*',
  reference: 'https://cloud.google.com/logging/docs/audit/configure-data-access',
}

/** Turning Data Access audit logs off is how an intruder hides what they read. */
export default defineCheck<GcpProjectAttributes>({
  id: 'gcp-logging-metric-alert-audit-config-changes',
  title: 'Log metric and alert exist for audit configuration changes',
  resourceType: GCP_CORE.project,
  severity: 'medium',
  categories: ['logging', 'threat-detection'],
  rationale:
    'Changing the audit configuration decides which data reads and writes are recorded at all; an alert on it makes an ' +
    'attempt to reduce logging visible before the gap is used.',
  remediation: logMetricRemediation(SPEC),
  evaluate: (project, result, ctx) => evaluateLogMetricAlert(project, SPEC, result, ctx),
})
