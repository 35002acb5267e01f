import { defineCheck } from '../../../evaluate/define-check.js'
import { GCP_CORE, type GcpProjectAttributes } from '../../../normalize/gcp/types.js'
import { evaluateLogMetricAlert, logMetricRemediation, type LogMetricSpec } from '../../_shared/gcp-log-metrics.js'

/** CIS Google Cloud Foundations 2.11: the benchmark filter and what it watches. */
export const SPEC: LogMetricSpec = {
  cis: '2.11',
  subject: 'Cloud SQL instance configuration changes',
  metricName: 'sql-instance-config-changes',
  filter: 'protoPayload.methodName="cloudsql.instances.update"',
  reference: 'https://cloud.google.com/sql/docs/mysql/audit-logging',
}

/** SQL instance updates can open networks, drop SSL or disable backups. */
export default defineCheck<GcpProjectAttributes>({
  id: 'gcp-logging-metric-alert-sql-config-changes',
  title: 'Log metric and alert exist for Cloud SQL configuration changes',
  resourceType: GCP_CORE.project,
  severity: 'medium',
  categories: ['logging', 'threat-detection'],
  rationale:
    'An instance update can add authorized networks, relax SSL, disable backups or change flags in one call; an alert ' +
    'on cloudsql.instances.update makes such changes visible.',
  remediation: logMetricRemediation(SPEC),
  evaluate: (project, result, ctx) => evaluateLogMetricAlert(project, SPEC, result, ctx),
})
