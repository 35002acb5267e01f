import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import check from './aws-cloudwatch-console-signin-without-mfa-monitored.js'
import { monitoringScenario } from '../../_shared/logging-fixtures.js'
import { runCheck } from '../../_shared/testing.js'

// The benchmark filter spelled compactly and in another order; the check holds the CIS spelling.
const COMPACT = '{($.additionalEventData.MFAUsed!="Yes")&&($.eventName="ConsoleLogin")}'
// The same filter without MFAUsed != Yes.
const INCOMPLETE = '{ ($.eventName = "ConsoleLogin") }'

describe(check.id, () => {
  const cases = [
    { name: 'compact pattern with an alarm that notifies', scenario: monitoringScenario(COMPACT), expected: 'pass' },
    {
      name: 'CIS v1.4 variant limited to successful IAM user sign-ins',
      scenario: monitoringScenario(
        '{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") && ($.userIdentity.type = "IAMUser") && ($.responseElements.ConsoleLogin = "Success") }',
      ),
      expected: 'pass',
    },
    { name: 'filter missing MFAUsed != Yes', scenario: monitoringScenario(INCOMPLETE), expected: 'fail' },
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
