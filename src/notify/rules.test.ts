import { describe, expect, it } from 'vitest'
import { sampleFinding } from './sample.js'
import { matchesFilters, routeOf, ruleSelects, serviceOf } from './rules.js'
import type { AlertFilters, AlertRule } from './types.js'

// sampleFinding: aws-ec2-sg-no-ssh-from-internet, high, account 123456789012, eu-west-1, tags owner=platform-team env=test, cis-aws.
const f = sampleFinding()

describe('matchesFilters', () => {
  it.each<{ filters: AlertFilters; expected: boolean }>([
    { filters: {}, expected: true },
    { filters: { providers: ['aws'] }, expected: true },
    { filters: { providers: ['gcp'] }, expected: false },
    { filters: { accounts: ['1234*'] }, expected: true },
    { filters: { accounts: ['999999999999'] }, expected: false },
    { filters: { regions: ['eu-*'] }, expected: true },
    { filters: { regions: ['us-*'] }, expected: false },
    { filters: { services: ['ec2'] }, expected: true },
    { filters: { services: ['s3', 'iam'] }, expected: false },
    { filters: { checks: ['aws-ec2-sg-*'] }, expected: true },
    { filters: { checks: ['aws-s3-*'] }, expected: false },
    { filters: { frameworks: ['cis-aws'] }, expected: true },
    { filters: { frameworks: ['pci-dss'] }, expected: false },
    { filters: { tags: { env: 'te*' } }, expected: true },
    { filters: { tags: { env: 'prod' } }, expected: false },
    { filters: { tags: { missing: '*' } }, expected: false },
    { filters: { accounts: ['1234*'], regions: ['us-*'] }, expected: false },
  ])('$filters → $expected', ({ filters, expected }) => {
    expect(matchesFilters(f, filters)).toBe(expected)
  })
})

describe('rules', () => {
  const rule: AlertRule = { name: 'r', on: ['new'], minSeverity: 'high', filters: {}, channels: ['sec'] }

  it('selects by event and minimum severity', () => {
    expect(ruleSelects(rule, 'new', f)).toBe(true)
    expect(ruleSelects(rule, 'resolved', f)).toBe(false)
    expect(ruleSelects({ ...rule, minSeverity: 'critical' }, 'new', f)).toBe(false)
  })

  it('routes to direct channels plus the owner channel, or the fallback', () => {
    const owned = { ...rule, owner: { tags: ['team', 'owner'], channels: { 'platform-team': 'platform' }, fallback: 'triage' } }
    expect(routeOf(owned, f)).toEqual({ channels: ['sec', 'platform'], owner: 'platform-team' })
    expect(routeOf(owned, { ...f, tags: {} })).toEqual({ channels: ['sec', 'triage'] })
    expect(routeOf(owned, { ...f, tags: { owner: 'unknown' } })).toEqual({ channels: ['sec', 'triage'], owner: 'unknown' })
  })

  it('reads the service from the resource type', () => {
    expect(serviceOf('aws.s3.bucket')).toBe('s3')
    expect(serviceOf('azure.storage.account')).toBe('storage')
  })
})
