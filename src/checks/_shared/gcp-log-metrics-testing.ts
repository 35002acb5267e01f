/** Test helper for the CIS log-metric checks: the same chain of cases, driven by each check's own filter variants. */
import { describe, expect, it } from 'vitest'
import type { Status } from '../../core/finding.js'
import type { CollectionError, Resource } from '../../core/resource.js'
import type { Check } from '../../evaluate/define-check.js'
import type { GcpProjectAttributes } from '../../normalize/gcp/types.js'
import { GCP_DATA_TYPES } from '../../normalize/gcp/types-data.js'
import type { LogMetricSpec } from './gcp-log-metrics.js'
import { alertPolicyFixture, logMetricFixture, projectFixture } from './gcp-data-fixtures.js'
import { GCP_TEST_PROJECT, runCheck } from './testing.js'

/** Filters a check must accept (other spellings of the CIS filter, broader filters) and reject (narrower or different). */
export interface LogMetricCases {
  accepted: { name: string; filter: string }[]
  rejected: { name: string; filter: string }[]
}

function listFailed(type: string, api: string): CollectionError {
  return { provider: 'gcp', account: GCP_TEST_PROJECT, service: 'logging', region: 'global', api, reason: 'PERMISSION_DENIED', resourceTypes: [type] }
}

/** Declares the PASS / FAIL / ERROR table of one check (project → log metric → alert policy). */
export function describeLogMetricCheck(check: Check<GcpProjectAttributes>, spec: LogMetricSpec, cases: LogMetricCases): void {
  const metric = (filter = spec.filter, over = {}) => logMetricFixture('cis-metric', filter, over)
  const policy = (over = {}) => alertPolicyFixture('CIS alert', ['cis-metric'], over)
  const table: { name: string; others: Resource[]; errors?: CollectionError[]; expected: Status }[] = [
    { name: 'the CIS filter, alerted and notifying', others: [metric(), policy()], expected: 'pass' },
    ...cases.accepted.map((c) => ({ name: `accepts ${c.name}`, others: [metric(c.filter), policy()], expected: 'pass' as const })),
    ...cases.rejected.map((c) => ({ name: `rejects ${c.name}`, others: [metric(c.filter), policy()], expected: 'fail' as const })),
    { name: 'no log metric', others: [policy()], expected: 'fail' },
    { name: 'matching metric disabled', others: [metric(spec.filter, { disabled: true }), policy()], expected: 'fail' },
    { name: 'no alert policy on the metric', others: [metric(), alertPolicyFixture('other', ['something-else'])], expected: 'fail' },
    { name: 'alert policy disabled', others: [metric(), policy({ enabled: false })], expected: 'fail' },
    { name: 'alert policy without notification channel', others: [metric(), policy({ notificationChannels: [] })], expected: 'fail' },
    {
      name: 'metric and policy in another project',
      others: [
        logMetricFixture('cis-metric', spec.filter, {}, 'posture-other-project'),
        alertPolicyFixture('CIS alert', ['cis-metric'], {}, 'posture-other-project'),
      ],
      expected: 'fail',
    },
    {
      name: 'log metrics not collected',
      others: [policy()],
      errors: [listFailed(GCP_DATA_TYPES.loggingMetric, 'logging.metrics.list')],
      expected: 'error',
    },
    {
      name: 'alert policies not collected',
      others: [metric()],
      errors: [listFailed(GCP_DATA_TYPES.monitoringAlertPolicy, 'monitoring.alertPolicies.list')],
      expected: 'error',
    },
  ]
  describe(check.id, () => {
    it.each(table)('$name → $expected', ({ others, errors, expected }) => {
      expect(runCheck(check, projectFixture(), others, errors).status).toBe(expected)
    })
  })
}
