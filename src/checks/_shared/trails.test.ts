import { describe, expect, it } from 'vitest'
import { NotCollectedError, unknown } from '../../core/unknown.js'
import { RESULT } from '../../evaluate/define-check.js'
import type { TrailAttributes } from '../../normalize/aws/types.js'
import { trailFixture } from './logging-fixtures.js'
import { anySatisfies, baselineGaps, joinAnd, lacking, s3DataEventGaps, satisfied, uniqueTrails } from './trails.js'

const selectors = (managementEvents: 'All' | 'ReadOnly' | 'WriteOnly' | 'None') => ({
  managementEvents,
  s3DataEventsAllBuckets: { read: false, write: false },
})

describe('baselineGaps', () => {
  const cases: { name: string; attrs: Partial<TrailAttributes>; expected: string[] | 'throws' }[] = [
    { name: 'compliant trail', attrs: {}, expected: [] },
    { name: 'single-region', attrs: { isMultiRegion: false }, expected: ['covers only us-east-1'] },
    { name: 'stopped', attrs: { isLogging: false }, expected: ['is not logging'] },
    { name: 'read-only management events', attrs: { eventSelectors: selectors('ReadOnly') }, expected: ['records only read-only management events'] },
    { name: 'no management events', attrs: { eventSelectors: selectors('None') }, expected: ['records no management events'] },
    { name: 'several gaps', attrs: { isMultiRegion: false, isLogging: false }, expected: ['covers only us-east-1', 'is not logging'] },
    {
      name: 'known gap wins over Unknown',
      attrs: { isMultiRegion: false, isLogging: unknown('GetTrailStatus: AccessDenied') },
      expected: ['covers only us-east-1'],
    },
    { name: 'logging status Unknown', attrs: { isLogging: unknown('GetTrailStatus: AccessDenied') }, expected: 'throws' },
    { name: 'event selectors Unknown', attrs: { eventSelectors: unknown('GetEventSelectors: AccessDenied') }, expected: 'throws' },
  ]
  it.each(cases)('$name', ({ attrs, expected }) => {
    const trail = trailFixture(attrs)
    if (expected === 'throws') expect(() => baselineGaps(trail)).toThrow(NotCollectedError)
    else expect(baselineGaps(trail)).toEqual(expected)
  })
})

describe('s3DataEventGaps', () => {
  const withS3 = (read: boolean, write: boolean) => ({
    eventSelectors: { managementEvents: 'All' as const, s3DataEventsAllBuckets: { read, write } },
  })
  const cases: { name: string; attrs: Partial<TrailAttributes>; access: 'read' | 'write'; expected: string[] | 'throws' }[] = [
    { name: 'writes recorded', attrs: withS3(false, true), access: 'write', expected: [] },
    { name: 'reads recorded', attrs: withS3(true, false), access: 'read', expected: [] },
    {
      name: 'writes not recorded',
      attrs: withS3(true, false),
      access: 'write',
      expected: ['does not record S3 object write events for all buckets'],
    },
    {
      name: 'single-region trail with reads',
      attrs: { ...withS3(true, true), isMultiRegion: false },
      access: 'read',
      expected: ['covers only us-east-1'],
    },
    { name: 'selectors Unknown', attrs: { eventSelectors: unknown('GetEventSelectors: AccessDenied') }, access: 'read', expected: 'throws' },
  ]
  it.each(cases)('$name', ({ attrs, access, expected }) => {
    const trail = trailFixture(attrs)
    if (expected === 'throws') expect(() => s3DataEventGaps(trail, access)).toThrow(NotCollectedError)
    else expect(s3DataEventGaps(trail, access)).toEqual(expected)
  })
})

describe('uniqueTrails', () => {
  it('keeps one entry per ARN (shadow trails)', () => {
    expect(uniqueTrails([trailFixture(), trailFixture(), trailFixture({}, 'b')]).map((t) => t.name)).toEqual(['main', 'b'])
  })
})

describe('anySatisfies', () => {
  const wording = { none: 'nothing there', lead: 'none fits' }
  const undecidable = () => {
    throw new NotCollectedError('x unknown')
  }
  const cases: { name: string; probes: (() => ReturnType<typeof satisfied>)[]; status: string; message: string }[] = [
    { name: 'no candidates', probes: [], status: 'fail', message: 'nothing there' },
    { name: 'one satisfies', probes: [() => lacking('a lacks'), () => satisfied('b fits')], status: 'pass', message: 'b fits' },
    { name: 'all lack', probes: [() => lacking('a lacks'), () => lacking('b lacks')], status: 'fail', message: 'none fits: a lacks; b lacks.' },
    {
      name: 'undecided beats lacking',
      probes: [() => lacking('a lacks'), undecidable],
      status: 'error',
      message: 'Could not be decided: not collected: x unknown; the others fall short: a lacks.',
    },
    { name: 'satisfied beats undecided', probes: [undecidable, () => satisfied('b fits')], status: 'pass', message: 'b fits' },
  ]
  it.each(cases)('$name → $status', ({ probes, status, message }) => {
    const v = anySatisfies(probes, (p) => p(), RESULT, wording)
    expect(v).toEqual({ status, message })
  })
  it('rethrows bugs', () => {
    expect(() =>
      anySatisfies(
        [1],
        () => {
          throw new TypeError('bug')
        },
        RESULT,
        wording,
      ),
    ).toThrow(TypeError)
  })
})

describe('joinAnd', () => {
  it.each([
    { parts: [], expected: '' },
    { parts: ['a'], expected: 'a' },
    { parts: ['a', 'b'], expected: 'a and b' },
    { parts: ['a', 'b', 'c'], expected: 'a, b and c' },
  ])('$parts → "$expected"', ({ parts, expected }) => expect(joinAnd(parts)).toBe(expected))
})
