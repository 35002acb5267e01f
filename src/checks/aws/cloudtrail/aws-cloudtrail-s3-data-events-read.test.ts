import { describe, expect, it } from 'vitest'
import type { Resource } from '../../../core/resource.js'
import { unknown } from '../../../core/unknown.js'
import type { TrailEventSelectors } from '../../../normalize/aws/types.js'
import check from './aws-cloudtrail-s3-data-events-read.js'
import { accountFixture, trailFixture } from '../../_shared/logging-fixtures.js'
import { runCheck } from '../../_shared/testing.js'

const s3 = (access: { read: boolean; write: boolean }): TrailEventSelectors => ({ managementEvents: 'All', s3DataEventsAllBuckets: access })
const reads = s3({ read: true, write: false })
const writes = s3({ read: false, write: true })

describe(check.id, () => {
  const cases: { name: string; trails: Resource[]; expected: string; says: string }[] = [
    {
      name: 'multi-region trail records object reads',
      trails: [trailFixture({ eventSelectors: reads })],
      expected: 'pass',
      says: 'records S3 object read events',
    },
    {
      name: 'reads and writes recorded',
      trails: [trailFixture({ eventSelectors: s3({ read: true, write: true }) })],
      expected: 'pass',
      says: 'Multi-region trail main',
    },
    {
      name: 'only object writes recorded',
      trails: [trailFixture({ eventSelectors: writes })],
      expected: 'fail',
      says: 'does not record S3 object read events',
    },
    { name: 'no data events', trails: [trailFixture()], expected: 'fail', says: 'trail main does not record' },
    {
      name: 'single-region trail records them',
      trails: [trailFixture({ isMultiRegion: false, eventSelectors: reads })],
      expected: 'fail',
      says: 'covers only us-east-1',
    },
    {
      name: 'stopped trail records them',
      trails: [trailFixture({ isLogging: false, eventSelectors: reads })],
      expected: 'fail',
      says: 'is not logging',
    },
    { name: 'no trail', trails: [], expected: 'fail', says: 'has no CloudTrail trail' },
    {
      name: 'event selectors not collected',
      trails: [trailFixture({ eventSelectors: unknown('cloudtrail:GetEventSelectors: AccessDenied') })],
      expected: 'error',
      says: 'GetEventSelectors',
    },
  ]
  it.each(cases)('$name → $expected', ({ trails, expected, says }) => {
    const f = runCheck(check, accountFixture(), trails)
    expect(f.status).toBe(expected)
    expect(f.message).toContain(says)
  })
})
