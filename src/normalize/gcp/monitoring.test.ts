import { describe, expect, it } from 'vitest'
import type { Resource } from '../../core/resource.js'
import { filterMetricTypes, normalizeMonitoring } from './monitoring.js'
import type { AlertPolicyAttributes } from './types-data.js'

const scope = { project: 'posture-test-project', projectNumber: '123456789012' }

describe('filterMetricTypes', () => {
  it.each([
    ['metric.type = "logging.googleapis.com/user/a" AND resource.type = "global"', ['logging.googleapis.com/user/a']],
    [
      'metric.type=one_of("logging.googleapis.com/user/a", "logging.googleapis.com/user/b")',
      ['logging.googleapis.com/user/a', 'logging.googleapis.com/user/b'],
    ],
    ['metric.type = starts_with("logging.googleapis.com/user/")', []],
    ['resource.type = "gce_instance"', []],
  ])('%s', (filter, types) => {
    expect(filterMetricTypes(filter)).toEqual(types)
  })
})

describe('normalizeMonitoring', () => {
  const [policy] = normalizeMonitoring(
    {
      alertPolicies: [
        {
          name: 'projects/posture-test-project/alertPolicies/42',
          conditions: [
            {
              name: 'projects/posture-test-project/alertPolicies/42/conditions/7',
              conditionThreshold: { filter: 'metric.type="logging.googleapis.com/user/a"' },
            },
            { displayName: 'missing', conditionAbsent: { filter: 'metric.type="logging.googleapis.com/user/b"' } },
            { displayName: 'log match', conditionMatchedLog: { filter: 'protoPayload.methodName="SetIamPolicy"' } },
            { displayName: 'promql', conditionPrometheusQueryLanguage: { query: 'rate(logging_googleapis_com:user_a[5m]) > 0' } },
          ],
        },
      ],
    },
    scope,
  ) as Resource<AlertPolicyAttributes>[]
  it('names the policy by id when it has no display name and leaves an unset enabled unknown', () => {
    expect(policy).toMatchObject({ uid: '//monitoring.googleapis.com/projects/posture-test-project/alertPolicies/42', name: '42' })
    expect(policy!.attributes).toMatchObject({ enabled: null, combiner: null, notificationChannels: [] })
  })
  it('records each condition kind and the log metrics it watches', () => {
    expect(policy!.attributes.conditions.map((c) => [c.displayName, c.kind, c.metricTypes])).toEqual([
      ['7', 'threshold', ['logging.googleapis.com/user/a']],
      ['missing', 'absent', ['logging.googleapis.com/user/b']],
      ['log match', 'matched-log', []],
      ['promql', 'promql', []],
    ])
    expect(policy!.relations).toEqual([
      { kind: 'alerts-on', target: '//logging.googleapis.com/projects/posture-test-project/metrics/a' },
      { kind: 'alerts-on', target: '//logging.googleapis.com/projects/posture-test-project/metrics/b' },
    ])
  })
})
