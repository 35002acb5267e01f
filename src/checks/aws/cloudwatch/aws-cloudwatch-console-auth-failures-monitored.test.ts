import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import check from './aws-cloudwatch-console-auth-failures-monitored.js'
import { monitoringScenario } from '../../_shared/logging-fixtures.js'
import { runCheck } from '../../_shared/testing.js'

// The benchmark filter spelled compactly and in another order; the check holds the CIS spelling.
const COMPACT = '{($.errorMessage="Failed authentication")&&($.eventName=ConsoleLogin)}'
// The same filter without errorMessage.
const INCOMPLETE = '{ ($.eventName = ConsoleLogin) }'

describe(check.id, () => {
  const cases = [
    { name: 'compact pattern with an alarm that notifies', scenario: monitoringScenario(COMPACT), expected: 'pass' },
    { name: 'filter missing errorMessage', scenario: monitoringScenario(INCOMPLETE), expected: 'fail' },
    { name: 'matching filter, alarm without action', scenario: monitoringScenario(COMPACT, { alarm: { alarmActions: [] } }), expected: 'fail' },
    {
      name: 'trail not sending to CloudWatch Logs',
      scenario: monitoringScenario(COMPACT, { trail: { cloudWatchLogsLogGroupArn: null } }),
      expected: 'fail',
    },
    {
      name: 'metric filters not collected',
      scenario: monitoringScenario(COMPACT, { filters: unknown('logs:DescribeMetricFilters: AccessDenied') }),
      expected: 'error',
    },
  ]
  it.each(cases)('$name → $expected', ({ scenario, expected }) => {
    expect(runCheck(check, scenario.account, scenario.others).status).toBe(expected)
  })
})
