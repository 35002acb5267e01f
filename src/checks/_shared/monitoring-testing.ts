/** Test helper for the CIS monitoring checks: the same chain of cases, driven by each check's own patterns. */
import { describe, expect, it } from 'vitest'
import type { Status } from '../../core/finding.js'
import { unknown } from '../../core/unknown.js'
import type { Check } from '../../evaluate/define-check.js'
import type { AccountAttributes } from '../../normalize/aws/types.js'
import { monitoringScenario } from './logging-fixtures.js'
import { runCheck } from './testing.js'

/** One check's pattern data: an accepted spelling, a spelling missing one term, and any further accepted variants. */
export interface MonitoringCases {
  /** The benchmark filter spelled compactly and in another order; the check holds the CIS spelling. */
  compact: string
  /** The same filter without one required term. */
  incomplete: string
  /** The term `incomplete` lacks, for the case name. */
  missing: string
  /** Other spellings the check must accept (older or newer CIS versions). */
  variants?: { name: string; pattern: string }[]
}

/** Declares the table of PASS / FAIL / ERROR cases for one monitoring check (account → trail → filter → alarm). */
export function describeMonitoringCheck(check: Check<AccountAttributes>, cases: MonitoringCases): void {
  const { compact, incomplete, missing, variants = [] } = cases
  describe(check.id, () => {
    const table: { name: string; scenario: ReturnType<typeof monitoringScenario>; expected: Status }[] = [
      { name: 'compact pattern with an alarm that notifies', scenario: monitoringScenario(compact), expected: 'pass' },
      ...variants.map((v) => ({ name: v.name, scenario: monitoringScenario(v.pattern), expected: 'pass' as const })),
      { name: `filter missing ${missing}`, scenario: monitoringScenario(incomplete), expected: 'fail' },
      { name: 'matching filter, alarm without action', scenario: monitoringScenario(compact, { alarm: { alarmActions: [] } }), expected: 'fail' },
      {
        name: 'trail not sending to CloudWatch Logs',
        scenario: monitoringScenario(compact, { trail: { cloudWatchLogsLogGroupArn: null } }),
        expected: 'fail',
      },
      {
        name: 'metric filters not collected',
        scenario: monitoringScenario(compact, { filters: unknown('logs:DescribeMetricFilters: AccessDenied') }),
        expected: 'error',
      },
    ]
    it.each(table)('$name → $expected', ({ scenario, expected }) => {
      expect(runCheck(check, scenario.account, scenario.others).status).toBe(expected)
    })
  })
}
