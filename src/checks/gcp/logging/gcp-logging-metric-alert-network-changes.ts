import { defineCheck } from '../../../evaluate/define-check.js'
import { GCP_CORE, type GcpProjectAttributes } from '../../../normalize/gcp/types.js'
import { evaluateLogMetricAlert, logMetricRemediation, type LogMetricSpec } from '../../_shared/gcp-log-metrics.js'

/** CIS Google Cloud Foundations 2.9: the benchmark filter and what it watches. */
export const SPEC: LogMetricSpec = {
  cis: '2.9',
  subject: 'VPC network changes',
  metricName: 'vpc-network-changes',
  filter: `resource.type="gce_network"
AND (protoPayload.methodName:"compute.networks.insert"
OR protoPayload.methodName:"compute.networks.patch"
OR protoPayload.methodName:"compute.networks.delete"
OR protoPayload.methodName:"compute.networks.removePeering"
OR protoPayload.methodName:"compute.networks.addPeering")`,
  reference: 'https://cloud.google.com/vpc/docs/vpc',
}

/** New networks and peerings change what can reach what. */
export default defineCheck<GcpProjectAttributes>({
  id: 'gcp-logging-metric-alert-network-changes',
  title: 'Log metric and alert exist for VPC network changes',
  resourceType: GCP_CORE.project,
  severity: 'medium',
  categories: ['logging', 'threat-detection'],
  rationale:
    'Creating, changing or deleting a VPC network or its peerings connects or cuts off whole environments; an alert ' +
    'ensures such changes are expected and reviewed.',
  remediation: logMetricRemediation(SPEC),
  evaluate: (project, result, ctx) => evaluateLogMetricAlert(project, SPEC, result, ctx),
})
