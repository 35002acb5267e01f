import { describe, expect, it } from 'vitest'
import type { CollectionError, Resource } from '../../../core/resource.js'
import { unknown } from '../../../core/unknown.js'
import check from './aws-cloudtrail-multi-region-trail-enabled.js'
import { accountFixture, trailFixture } from '../../_shared/logging-fixtures.js'
import { runCheck } from '../../_shared/testing.js'

const readOnly = { managementEvents: 'ReadOnly' as const, s3DataEventsAllBuckets: { read: false, write: false } }
const gap: CollectionError = {
  provider: 'aws',
  account: '111122223333',
  service: 'cloudtrail',
  region: 'eu-west-1',
  api: 'DescribeTrails',
  reason: 'AccessDenied',
  resourceTypes: ['aws.cloudtrail.trail'],
}

describe(check.id, () => {
  const cases: { name: string; trails: Resource[]; errors?: CollectionError[]; expected: string; says: string }[] = [
    { name: 'compliant trail', trails: [trailFixture()], expected: 'pass', says: 'Trail main (home us-east-1) is multi-region' },
    { name: 'shadow copies of one compliant trail', trails: [trailFixture(), trailFixture()], expected: 'pass', says: 'Trail main' },
    { name: 'no trail', trails: [], expected: 'fail', says: 'has no CloudTrail trail' },
    { name: 'single-region trail', trails: [trailFixture({ isMultiRegion: false })], expected: 'fail', says: 'trail main covers only us-east-1' },
    { name: 'multi-region but stopped', trails: [trailFixture({ isLogging: false })], expected: 'fail', says: 'is not logging' },
    {
      name: 'read-only management events',
      trails: [trailFixture({ eventSelectors: readOnly })],
      expected: 'fail',
      says: 'records only read-only management events',
    },
    {
      name: 'one good trail among bad',
      trails: [trailFixture({ isMultiRegion: false }, 'regional'), trailFixture()],
      expected: 'pass',
      says: 'Trail main',
    },
    {
      name: 'logging status not collected',
      trails: [trailFixture({ isLogging: unknown('cloudtrail:GetTrailStatus: AccessDenied') })],
      expected: 'error',
      says: 'GetTrailStatus',
    },
    {
      name: 'event selectors not collected',
      trails: [trailFixture({ eventSelectors: unknown('cloudtrail:GetEventSelectors: AccessDenied') })],
      expected: 'error',
      says: 'GetEventSelectors',
    },
    {
      name: 'trails not listed in a region',
      trails: [trailFixture({ isMultiRegion: false })],
      errors: [gap],
      expected: 'error',
      says: 'DescribeTrails',
    },
  ]
  it.each(cases)('$name → $expected', ({ trails, errors, expected, says }) => {
    const f = runCheck(check, accountFixture(), trails, errors)
    expect(f.status).toBe(expected)
    expect(f.message).toContain(says)
  })
})
