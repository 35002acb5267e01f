import check, { SPEC } from './gcp-logging-metric-alert-network-changes.js'
import { describeLogMetricCheck } from '../../_shared/gcp-log-metrics-testing.js'

describeLogMetricCheck(check, SPEC, {
  accepted: [
    {
      name: 'alternatives reordered across lines',
      filter:
        'resource.type="gce_network" AND (protoPayload.methodName:"compute.networks.addPeering" OR protoPayload.methodName:"compute.networks.removePeering" OR\nprotoPayload.methodName:"compute.networks.delete" OR protoPayload.methodName:"compute.networks.patch" OR protoPayload.methodName:"compute.networks.insert")',
    },
  ],
  rejected: [
    {
      name: 'peering changes left out',
      filter:
        'resource.type="gce_network" AND (protoPayload.methodName:"compute.networks.insert" OR protoPayload.methodName:"compute.networks.patch" OR protoPayload.methodName:"compute.networks.delete")',
    },
    {
      name: 'NOT in front of the method list',
      filter:
        'resource.type="gce_network" AND NOT (protoPayload.methodName:"compute.networks.insert" OR protoPayload.methodName:"compute.networks.patch" OR protoPayload.methodName:"compute.networks.delete" OR protoPayload.methodName:"compute.networks.removePeering" OR protoPayload.methodName:"compute.networks.addPeering")',
    },
  ],
})
