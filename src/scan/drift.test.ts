import { describe, expect, it } from 'vitest'
import type { FindingEvent, FindingEventKind } from '../store/types.js'
import { netFindingEvents } from './drift.js'

/** Events of one finding ('a') in recording order, one per scan starting at seq 2. */
function events(...kinds: FindingEventKind[]): FindingEvent[] {
  return kinds.map((kind, i) => ({
    fingerprint: 'a',
    checkId: 'aws-x-y-z',
    resourceUid: 'arn:r',
    severity: 'high',
    scanSeq: i + 2,
    kind,
    at: `2024-05-0${i + 1}T00:00:00.000Z`,
  }))
}

describe('netFindingEvents', () => {
  const cases: { name: string; kinds: FindingEventKind[]; expected: FindingEventKind | null }[] = [
    { name: 'new stays new', kinds: ['new'], expected: 'new' },
    { name: 'resolved stays resolved', kinds: ['resolved'], expected: 'resolved' },
    { name: 'reopened stays reopened', kinds: ['reopened'], expected: 'reopened' },
    { name: 'new then resolved within the range is no change', kinds: ['new', 'resolved'], expected: null },
    { name: 'resolved then reopened is no change', kinds: ['resolved', 'reopened'], expected: null },
    { name: 'reopened then resolved is no change', kinds: ['reopened', 'resolved'], expected: null },
    { name: 'new, resolved, reopened nets to new', kinds: ['new', 'resolved', 'reopened'], expected: 'new' },
    { name: 'resolved, reopened, resolved nets to resolved', kinds: ['resolved', 'reopened', 'resolved'], expected: 'resolved' },
    { name: 'muted stays muted', kinds: ['muted'], expected: 'muted' },
    { name: 'unmuted stays unmuted', kinds: ['unmuted'], expected: 'unmuted' },
    { name: 'muted then unmuted is no change', kinds: ['muted', 'unmuted'], expected: null },
    { name: 'muted then resolved is resolved', kinds: ['muted', 'resolved'], expected: 'resolved' },
    { name: 'new then muted is new (muted at the end)', kinds: ['new', 'muted'], expected: 'new' },
  ]
  it.each(cases)('$name', ({ kinds, expected }) => {
    const net = netFindingEvents(events(...kinds))
    expect(net.map((e) => e.kind)).toEqual(expected ? [expected] : [])
  })

  it('keeps the last event time and scan, one entry per finding in first-seen order', () => {
    const list = [...events('new', 'resolved', 'reopened'), ...events('resolved').map((e) => ({ ...e, fingerprint: 'b', scanSeq: 9 }))]
    const net = netFindingEvents(list)
    expect(net.map((e) => [e.fingerprint, e.kind, e.scanSeq, e.at])).toEqual([
      ['a', 'new', 4, '2024-05-03T00:00:00.000Z'],
      ['b', 'resolved', 9, '2024-05-01T00:00:00.000Z'],
    ])
  })
})
