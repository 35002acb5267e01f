import { describe, expect, it } from 'vitest'
import type { CollectionError, Resource } from '../../core/resource.js'
import { unknown } from '../../core/unknown.js'
import { defineCheck } from '../../evaluate/define-check.js'
import { AWS, type AccountAttributes } from '../../normalize/aws/types.js'
import { evaluateMonitoring, monitoringRemediation, patternCovers, patternTerms, type MonitoringSpec } from './metric-filter.js'
import {
  accountFixture,
  alarmFixture,
  logGroupFixture,
  metricFilterFixture,
  monitoringScenario,
  trailFixture,
  trailLogGroupArn,
} from './logging-fixtures.js'
import { runCheck } from './testing.js'

const SPEC: MonitoringSpec = {
  subject: 'console sign-ins without MFA',
  metricName: 'ConsoleSigninWithoutMFA',
  pattern: '{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") }',
  reference: 'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html',
}

const check = defineCheck<AccountAttributes>({
  id: 'aws-cloudwatch-test-monitored',
  title: 'Test monitoring check',
  resourceType: AWS.account,
  severity: 'medium',
  rationale: 'Exercises the shared monitoring helper.',
  remediation: monitoringRemediation(SPEC),
  evaluate: (account, result, ctx) => evaluateMonitoring(account, SPEC, result, ctx),
})

describe('patternTerms / patternCovers', () => {
  it('normalizes whitespace, quotes and grouping', () => {
    expect([...patternTerms(SPEC.pattern)]).toEqual(['$.eventName=ConsoleLogin', '$.additionalEventData.MFAUsed!=Yes'])
    expect([...patternTerms('{ $.userIdentity.invokedBy NOT EXISTS }')]).toEqual(['$.userIdentity.invokedByNOTEXISTS'])
  })
  it.each([
    { name: 'same pattern', filter: SPEC.pattern, expected: true },
    { name: 'compact, reordered, unquoted', filter: '{($.additionalEventData.MFAUsed!=Yes)&&($.eventName=ConsoleLogin)}', expected: true },
    {
      name: 'extra restricting terms (CIS v1.4 variant)',
      filter: '{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") && ($.userIdentity.type = "IAMUser") }',
      expected: true,
    },
    { name: 'a term missing', filter: '{ $.eventName = "ConsoleLogin" }', expected: false },
    { name: 'operator differs', filter: '{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed = "Yes") }', expected: false },
    { name: 'empty pattern (matches everything, but is not the benchmark filter)', filter: '', expected: false },
  ])('$name → $expected', ({ filter, expected }) => expect(patternCovers(filter, SPEC.pattern)).toBe(expected))
  it('compares whole terms: CreatePolicyVersion does not stand in for CreatePolicy', () => {
    expect(patternCovers('{ $.eventName = CreatePolicyVersion }', '{ $.eventName = CreatePolicy }')).toBe(false)
  })
})

describe('evaluateMonitoring', () => {
  const trailsGap: CollectionError = {
    provider: 'aws',
    account: '111122223333',
    service: 'cloudtrail',
    region: 'us-east-1',
    api: 'DescribeTrails',
    reason: 'AccessDenied',
    resourceTypes: [AWS.cloudtrailTrail],
  }
  const alarmsGap: CollectionError = { ...trailsGap, service: 'cloudwatch', api: 'DescribeAlarms', resourceTypes: [AWS.cloudwatchAlarm] }
  const full = monitoringScenario(SPEC.pattern)
  const cases: {
    name: string
    account: Resource<AccountAttributes>
    others: Resource[]
    errors?: CollectionError[]
    expected: string
    says?: string
  }[] = [
    { name: 'complete chain', ...full, expected: 'pass', says: 'watched by alarm Monitored-alarm' },
    { name: 'no trail at all', account: accountFixture(), others: [], expected: 'fail', says: 'has no CloudTrail trail' },
    {
      name: 'single-region trail',
      ...monitoringScenario(SPEC.pattern, { trail: { isMultiRegion: false } }),
      expected: 'fail',
      says: 'covers only us-east-1',
    },
    { name: 'trail stopped', ...monitoringScenario(SPEC.pattern, { trail: { isLogging: false } }), expected: 'fail', says: 'is not logging' },
    {
      name: 'write-only management events',
      ...monitoringScenario(SPEC.pattern, {
        trail: { eventSelectors: { managementEvents: 'WriteOnly', s3DataEventsAllBuckets: { read: false, write: false } } },
      }),
      expected: 'fail',
      says: 'write-only',
    },
    {
      name: 'no CloudWatch Logs delivery',
      ...monitoringScenario(SPEC.pattern, { trail: { cloudWatchLogsLogGroupArn: null } }),
      expected: 'fail',
      says: 'does not send events to CloudWatch Logs',
    },
    {
      name: 'log group deleted',
      account: accountFixture(),
      others: [trailFixture(), alarmFixture()],
      expected: 'fail',
      says: 'which does not exist',
    },
    {
      name: 'filter for something else',
      ...monitoringScenario('{ $.eventName = ConsoleLogin }'),
      expected: 'fail',
      says: 'no metric filter matching',
    },
    { name: 'filter without alarm', ...monitoringScenario(SPEC.pattern, { alarm: null }), expected: 'fail', says: 'no alarm watches it' },
    {
      name: 'alarm actions disabled',
      ...monitoringScenario(SPEC.pattern, { alarm: { actionsEnabled: false } }),
      expected: 'fail',
      says: 'has actions disabled',
    },
    {
      name: 'alarm without actions',
      ...monitoringScenario(SPEC.pattern, { alarm: { alarmActions: [] } }),
      expected: 'fail',
      says: 'has no alarm action',
    },
    {
      name: 'alarm on another metric',
      ...monitoringScenario(SPEC.pattern, { alarm: { metricName: 'Other' } }),
      expected: 'fail',
      says: 'no alarm watches it',
    },
    {
      name: 'trail logging status unknown',
      ...monitoringScenario(SPEC.pattern, { trail: { isLogging: unknown('cloudtrail:GetTrailStatus: AccessDenied') } }),
      expected: 'error',
      says: 'GetTrailStatus',
    },
    {
      name: 'metric filters unknown',
      ...monitoringScenario(SPEC.pattern, { filters: unknown('logs:DescribeMetricFilters: AccessDenied') }),
      expected: 'error',
      says: 'DescribeMetricFilters',
    },
    { name: 'trails not listed', ...full, errors: [trailsGap], expected: 'error' },
    { name: 'alarms not listed', ...full, errors: [alarmsGap], expected: 'error', says: 'DescribeAlarms' },
    {
      name: 'log group in a region that was not scanned',
      account: accountFixture(['eu-west-1']),
      others: [trailFixture({ cloudWatchLogsLogGroupArn: trailLogGroupArn('main', 'us-east-1') })],
      expected: 'error',
      says: 'which was not scanned',
    },
    {
      name: 'one good trail beats an undecidable one',
      account: accountFixture(),
      others: [...full.others, trailFixture({ isLogging: unknown('cloudtrail:GetTrailStatus: AccessDenied') }, 'other')],
      expected: 'pass',
    },
    {
      name: 'an undecidable trail and a failing one → error naming both',
      account: accountFixture(),
      others: [trailFixture({ isMultiRegion: false }), trailFixture({ isLogging: unknown('cloudtrail:GetTrailStatus: AccessDenied') }, 'other')],
      expected: 'error',
      says: 'covers only us-east-1',
    },
    {
      name: 'second trail completes the chain',
      account: accountFixture(),
      others: [
        trailFixture({ cloudWatchLogsLogGroupArn: null }, 'first'),
        trailFixture(),
        logGroupFixture([metricFilterFixture(SPEC.pattern)]),
        alarmFixture(),
      ],
      expected: 'pass',
    },
  ]
  it.each(cases)('$name → $expected', ({ account, others, errors, expected, says }) => {
    const f = runCheck(check, account, others, errors)
    expect(f.status).toBe(expected)
    if (says) expect(f.message).toContain(says)
  })
})

describe('monitoringRemediation', () => {
  it('puts the real pattern into both CLI commands and Terraform', () => {
    const r = monitoringRemediation(SPEC)
    expect(r.cli).toContain(`--filter-pattern '${SPEC.pattern}'`)
    expect(r.cli).toContain('aws cloudwatch put-metric-alarm')
    expect(r.terraform).toContain('$.additionalEventData.MFAUsed')
    expect(r.references.every((u) => u.startsWith('https://'))).toBe(true)
  })
})
