import { describe, expect, it } from 'vitest'
import { defineCheck } from '../../evaluate/define-check.js'
import { GCP_CORE, type GcpProjectAttributes } from '../../normalize/gcp/types.js'
import { evaluateLogMetricAlert, logMetricRemediation, type LogMetricSpec } from './gcp-log-metrics.js'
import { filterCovers, parseLoggingFilter } from './gcp-logging-filter.js'
import { alertPolicyFixture, logMetricFixture, projectFixture } from './gcp-data-fixtures.js'
import { runCheck } from './testing.js'

describe('parseLoggingFilter', () => {
  const keys = (f: string) => parseLoggingFilter(f)?.map((c) => c.map((l) => l.key))
  it.each([
    {
      name: 'OR binds tighter than AND',
      filter: 'a=1 AND b=2 OR c=3',
      dnf: [
        ['a="1"', 'b="2"'],
        ['a="1"', 'c="3"'],
      ],
    },
    { name: 'juxtaposition is AND', filter: 'a=1 b=2', dnf: [['a="1"', 'b="2"']] },
    { name: 'NOT binds tightest', filter: 'NOT a=1 OR b=2', dnf: [['NOT (a="1")'], ['b="2"']] },
    { name: '- is NOT', filter: '-a=1', dnf: [['NOT (a="1")']] },
    { name: 'case-insensitive fields and values, quotes optional', filter: 'Resource.Type = "GCS_Bucket"', dnf: [['resource.type="gcs_bucket"']] },
    { name: 'regular expressions keep their case', filter: 'logName =~ "Foo"', dnf: [['logname=~"Foo"']] },
    { name: 'value lists expand', filter: 'a:("x" OR "y")', dnf: [['a:"x"'], ['a:"y"']] },
    { name: 'global restrictions', filter: 'ProjectOwnership', dnf: [['text:"projectownership"']] },
    {
      name: 'functions are opaque terms',
      filter: 'LOG_ID("cloudaudit.googleapis.com/activity")',
      dnf: [['log_id("cloudaudit.googleapis.com/activity")']],
    },
    {
      name: 'quoted path segments',
      filter: 'labels."compute.googleapis.com/resource_name"="vm1"',
      dnf: [['labels.compute.googleapis.com/resource_name="vm1"']],
    },
    { name: 'comments', filter: 'a=1 -- note\nb=2', dnf: [['a="1"', 'b="2"']] },
    { name: 'negative numbers are values', filter: 'a = -1', dnf: [['a="-1"']] },
    { name: 'empty filter matches everything', filter: '  ', dnf: [[]] },
  ])('$name', ({ filter, dnf }) => {
    expect(keys(filter)).toEqual(dnf)
  })

  it.each(['a=(1', 'a="x', 'a= AND b=1', ')'])('rejects %s', (f) => {
    expect(parseLoggingFilter(f)).toBeNull()
  })

  it('gives up on filters whose normal form explodes', () => {
    const huge = Array.from({ length: 9 }, (_, i) => `(a${i}=1 OR b${i}=1)`).join(' AND ')
    expect(parseLoggingFilter(huge)).toBeNull()
  })
})

describe('filterCovers', () => {
  const required =
    'resource.type="gce_route" AND (protoPayload.methodName:"compute.routes.delete" OR protoPayload.methodName:"compute.routes.insert")'
  it.each([
    { name: 'itself', actual: required, expected: true },
    {
      name: 'regrouped and reordered',
      actual: '(protoPayload.methodName:"compute.routes.insert" OR protoPayload.methodName:"compute.routes.delete") resource.type=gce_route',
      expected: true,
    },
    { name: 'an extra OR alternative', actual: `${required} OR resource.type="gce_firewall_rule"`, expected: true },
    { name: 'a shorter substring', actual: 'resource.type="gce_route" AND protoPayload.methodName:"compute.routes"', expected: true },
    { name: 'presence of the field', actual: 'resource.type="gce_route" AND protoPayload.methodName:*', expected: true },
    { name: 'no restriction at all', actual: '', expected: true },
    { name: 'an extra AND restriction', actual: `${required} AND severity>=ERROR`, expected: false },
    { name: 'a missing alternative', actual: 'resource.type="gce_route" AND protoPayload.methodName:"compute.routes.delete"', expected: false },
    {
      name: 'a narrower operator',
      actual: 'resource.type="gce_route" AND (protoPayload.methodName="compute.routes.delete" OR protoPayload.methodName="compute.routes.insert")',
      expected: false,
    },
    { name: 'a longer substring', actual: 'resource.type="gce_route" AND protoPayload.methodName:"v1.compute.routes"', expected: false },
    { name: 'unparsable', actual: 'resource.type="gce_route" AND (', expected: false },
  ])('$name → $expected', ({ actual, expected }) => {
    expect(filterCovers(actual, required)).toBe(expected)
  })

  it('= implies the has operator on the same value, not the reverse', () => {
    expect(filterCovers('a:"x"', 'a="x"')).toBe(true)
    expect(filterCovers('a="x"', 'a:"x"')).toBe(false)
  })
})

describe('evaluateLogMetricAlert', () => {
  const spec: LogMetricSpec = {
    cis: '2.11',
    subject: 'Cloud SQL instance configuration changes',
    metricName: 'sql-instance-config-changes',
    filter: 'protoPayload.methodName="cloudsql.instances.update"',
    reference: 'https://cloud.google.com/sql/docs/mysql/audit-logging',
  }
  const check = defineCheck<GcpProjectAttributes>({
    id: 'gcp-test-log-metric',
    title: 'test check for the helper',
    resourceType: GCP_CORE.project,
    severity: 'medium',
    rationale: 'exercise the shared helper',
    remediation: logMetricRemediation(spec),
    evaluate: (p, r, ctx) => evaluateLogMetricAlert(p, spec, r, ctx),
  })
  const metric = logMetricFixture('sql-changes', spec.filter)
  it.each([
    {
      others: [],
      message:
        'Project posture-test-project has no log-based metric whose filter covers the CIS 2.11 filter for Cloud SQL instance configuration changes.',
    },
    {
      others: [logMetricFixture('sql-changes', spec.filter, { disabled: true })],
      message: 'Project posture-test-project has log-based metric sql-changes for Cloud SQL instance configuration changes, but it is disabled.',
    },
    {
      others: [metric],
      message:
        'Project posture-test-project counts Cloud SQL instance configuration changes in log-based metric sql-changes, but no alert policy has a threshold condition on it.',
    },
    {
      others: [
        metric,
        alertPolicyFixture('SQL changes', ['sql-changes'], { enabled: false }),
        alertPolicyFixture('Quiet', ['sql-changes'], { notificationChannels: [] }),
      ],
      message:
        'Project posture-test-project counts Cloud SQL instance configuration changes in log-based metric sql-changes, but alert policy SQL changes is disabled; alert policy Quiet has no notification channel.',
    },
    {
      others: [metric, alertPolicyFixture('Unknown state', ['sql-changes'], { enabled: null })],
      message:
        'Project posture-test-project counts Cloud SQL instance configuration changes in log-based metric sql-changes, but alert policy Unknown state does not report whether it is enabled.',
    },
    {
      others: [metric, alertPolicyFixture('SQL changes', ['sql-changes'])],
      message:
        'Project posture-test-project counts Cloud SQL instance configuration changes in log-based metric sql-changes, watched by enabled alert policy SQL changes.',
    },
  ])('$message', ({ others, message }) => {
    expect(runCheck(check, projectFixture(), others).message).toBe(message)
  })

  it('only threshold conditions count (an absence condition does not alert on occurrences)', () => {
    const absent = alertPolicyFixture('Absent', ['sql-changes'])
    const policy = {
      ...absent,
      attributes: { ...absent.attributes, conditions: absent.attributes.conditions.map((c) => ({ ...c, kind: 'absent' as const })) },
    }
    expect(runCheck(check, projectFixture(), [metric, policy]).status).toBe('fail')
  })

  it('remediation carries the filter on one line', () => {
    expect(check.remediation.cli).toContain(`--log-filter='protoPayload.methodName="cloudsql.instances.update"'`)
    expect(check.remediation.terraform).toContain('logging.googleapis.com/user/sql-instance-config-changes')
  })
})
