import check, { SPEC } from './gcp-logging-metric-alert-firewall-changes.js'
import { describeLogMetricCheck } from '../../_shared/gcp-log-metrics-testing.js'

describeLogMetricCheck(check, SPEC, {
  accepted: [
    {
      name: 'a comment line and different spacing',
      filter:
        '-- CIS 2.7\nresource.type = "gce_firewall_rule" AND (protoPayload.methodName : "compute.firewalls.delete" OR protoPayload.methodName : "compute.firewalls.insert" OR protoPayload.methodName : "compute.firewalls.patch")',
    },
    { name: 'the shorter substring firewalls.', filter: 'resource.type="gce_firewall_rule" AND protoPayload.methodName:"compute.firewalls."' },
  ],
  rejected: [
    {
      name: 'exact = on the v1 method names (misses beta calls)',
      filter:
        'resource.type="gce_firewall_rule" AND (protoPayload.methodName="v1.compute.firewalls.patch" OR protoPayload.methodName="v1.compute.firewalls.insert" OR protoPayload.methodName="v1.compute.firewalls.delete")',
    },
    {
      name: 'without delete',
      filter:
        'resource.type="gce_firewall_rule" AND (protoPayload.methodName:"compute.firewalls.patch" OR protoPayload.methodName:"compute.firewalls.insert")',
    },
  ],
})
