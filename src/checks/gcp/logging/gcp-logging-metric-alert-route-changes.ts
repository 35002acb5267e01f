import { defineCheck } from '../../../evaluate/define-check.js'
import { GCP_CORE, type GcpProjectAttributes } from '../../../normalize/gcp/types.js'
import { evaluateLogMetricAlert, logMetricRemediation, type LogMetricSpec } from '../../_shared/gcp-log-metrics.js'

/** CIS Google Cloud Foundations 2.8: the benchmark filter and what it watches. */
export const SPEC: LogMetricSpec = {
  cis: '2.8',
  subject: 'VPC route changes',
  metricName: 'vpc-route-changes',
  filter: `resource.type="gce_route"
AND (protoPayload.methodName:"compute.routes.delete"
OR protoPayload.methodName:"compute.routes.insert")`,
  reference: 'https://cloud.google.com/vpc/docs/routes',
}

/** A changed route can send traffic through an attacker-controlled hop. */
export default defineCheck<GcpProjectAttributes>({
  id: 'gcp-logging-metric-alert-route-changes',
  title: 'Log metric and alert exist for VPC route changes',
  resourceType: GCP_CORE.project,
  severity: 'medium',
  categories: ['logging', 'threat-detection'],
  rationale:
    'Routes decide where traffic leaves the VPC; an inserted or deleted route can divert traffic through an interception ' +
    'point or around inspection appliances, so changes deserve an alert.',
  remediation: logMetricRemediation(SPEC),
  evaluate: (project, result, ctx) => evaluateLogMetricAlert(project, SPEC, result, ctx),
})
