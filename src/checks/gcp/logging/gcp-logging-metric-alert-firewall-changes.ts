import { defineCheck } from '../../../evaluate/define-check.js'
import { GCP_CORE, type GcpProjectAttributes } from '../../../normalize/gcp/types.js'
import { evaluateLogMetricAlert, logMetricRemediation, type LogMetricSpec } from '../../_shared/gcp-log-metrics.js'

/** CIS Google Cloud Foundations 2.7: the benchmark filter and what it watches. */
export const SPEC: LogMetricSpec = {
  cis: '2.7',
  subject: 'VPC firewall rule changes',
  metricName: 'firewall-rule-changes',
  filter: `resource.type="gce_firewall_rule"
AND (protoPayload.methodName:"compute.firewalls.patch"
OR protoPayload.methodName:"compute.firewalls.insert"
OR protoPayload.methodName:"compute.firewalls.delete")`,
  reference: 'https://cloud.google.com/firewall/docs/firewalls',
}

/** A new allow rule is the shortest path from the internet to a workload. */
export default defineCheck<GcpProjectAttributes>({
  id: 'gcp-logging-metric-alert-firewall-changes',
  title: 'Log metric and alert exist for VPC firewall rule changes',
  resourceType: GCP_CORE.project,
  severity: 'medium',
  categories: ['logging', 'threat-detection'],
  rationale:
    'Firewall rules are the network perimeter of the VPC; an alert on inserts, patches and deletes reveals an opened port ' +
    'or a removed deny rule before it is exploited.',
  remediation: logMetricRemediation(SPEC),
  evaluate: (project, result, ctx) => evaluateLogMetricAlert(project, SPEC, result, ctx),
})
