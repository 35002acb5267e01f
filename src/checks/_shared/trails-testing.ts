/** Test helper for the CloudTrail S3 data-event checks: one case table, driven by the access each check requires. */
import { describe, expect, it } from 'vitest'
import type { Status } from '../../core/finding.js'
import type { Resource } from '../../core/resource.js'
import { unknown } from '../../core/unknown.js'
import type { Check } from '../../evaluate/define-check.js'
import type { AccountAttributes, TrailEventSelectors } from '../../normalize/aws/types.js'
import { accountFixture, trailFixture } from './logging-fixtures.js'
import { runCheck } from './testing.js'

/** Event selectors recording all management events plus S3 object data events for all buckets as given. */
export function s3Selectors(access: { read: boolean; write: boolean }): TrailEventSelectors {
  return { managementEvents: 'All', s3DataEventsAllBuckets: access }
}

interface S3DataEventsCase {
  name: string
  trails: Resource[]
  expected: Status
  says: string
}

/** The case table for `access`: what passes, what fails and what errors, with a fragment each message must contain. */
function s3DataEventsCases(access: 'read' | 'write'): S3DataEventsCase[] {
  const other = access === 'read' ? 'write' : 'read'
  const wanted = s3Selectors({ read: access === 'read', write: access === 'write' })
  const unwanted = s3Selectors({ read: other === 'read', write: other === 'write' })
  return [
    {
      name: `multi-region trail records object ${access}s`,
      trails: [trailFixture({ eventSelectors: wanted })],
      expected: 'pass',
      says: `records S3 object ${access} events`,
    },
    {
      name: 'reads and writes recorded',
      trails: [trailFixture({ eventSelectors: s3Selectors({ read: true, write: true }) })],
      expected: 'pass',
      says: 'Multi-region trail main',
    },
    {
      name: `only object ${other}s recorded`,
      trails: [trailFixture({ eventSelectors: unwanted })],
      expected: 'fail',
      says: `does not record S3 object ${access} events`,
    },
    { name: 'no data events', trails: [trailFixture()], expected: 'fail', says: 'trail main does not record' },
    {
      name: 'single-region trail records them',
      trails: [trailFixture({ isMultiRegion: false, eventSelectors: wanted })],
      expected: 'fail',
      says: 'covers only us-east-1',
    },
    {
      name: 'stopped trail records them',
      trails: [trailFixture({ isLogging: false, eventSelectors: wanted })],
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
}

/** Declares PASS / FAIL / ERROR cases for a check that some multi-region trail records S3 object `access` events. */
export function describeS3DataEventsCheck(check: Check<AccountAttributes>, access: 'read' | 'write'): void {
  describe(check.id, () => {
    it.each(s3DataEventsCases(access))('$name → $expected', ({ trails, expected, says }) => {
      const f = runCheck(check, accountFixture(), trails)
      expect(f.status).toBe(expected)
      expect(f.message).toContain(says)
    })
  })
}
