import { describe, expect, it } from 'vitest'
import type { Status } from '../core/finding.js'
import { applyLifecycle } from './lifecycle.js'
import type { FindingRecord, ScanFinding } from './types.js'

const finding = (fp: string, status: Status, muted = false): ScanFinding => ({
  fingerprint: fp,
  checkId: 'aws-ec2-sg-no-ssh-from-internet',
  title: 't',
  status,
  severity: 'high',
  resource: { uid: `arn:${fp}`, type: 'aws.ec2.security-group', provider: 'aws', account: '1', region: 'us-east-1', name: fp },
  message: `${status} message`,
  remediation: { steps: ['x'], references: [] },
  compliance: [],
  ...(muted ? { muted: { suppressionId: 'sup-1', reason: 'accepted risk for the lab', owner: 'sec', expiresAt: null } } : {}),
})

const row = (fp: string, state: FindingRecord['state'], over: Partial<FindingRecord> = {}): FindingRecord => ({
  fingerprint: fp,
  checkId: 'aws-ec2-sg-no-ssh-from-internet',
  resourceUid: `arn:${fp}`,
  resourceType: 'aws.ec2.security-group',
  account: '1',
  region: 'us-east-1',
  severity: 'high',
  state,
  firstSeenSeq: 1,
  firstSeenAt: '2026-01-01T00:00:00.000Z',
  lastSeenSeq: 1,
  lastSeenAt: '2026-01-01T00:00:00.000Z',
  resolvedSeq: state === 'resolved' ? 1 : null,
  resolvedAt: state === 'resolved' ? '2026-01-01T00:00:00.000Z' : null,
  reopenCount: 0,
  message: 'm',
  mutedBy: state === 'muted' ? 'sup-1' : null,
  ...over,
})

const AT = '2026-02-01T00:00:00.000Z'

describe('finding lifecycle', () => {
  const cases: {
    name: string
    existing: FindingRecord[]
    evaluated: ScanFinding[]
    removed?: string[]
    state: FindingRecord['state'] | 'none'
    event: string | null
  }[] = [
    { name: 'first failure is new and open', existing: [], evaluated: [finding('a', 'fail')], state: 'open', event: 'new' },
    { name: 'first failure, muted', existing: [], evaluated: [finding('a', 'fail', true)], state: 'muted', event: 'new' },
    { name: 'still failing stays open, no event', existing: [row('a', 'open')], evaluated: [finding('a', 'fail')], state: 'open', event: null },
    { name: 'pass resolves', existing: [row('a', 'open')], evaluated: [finding('a', 'pass')], state: 'resolved', event: 'resolved' },
    {
      name: 'failing again after resolved reopens',
      existing: [row('a', 'resolved')],
      evaluated: [finding('a', 'fail')],
      state: 'reopened',
      event: 'reopened',
    },
    {
      name: 'error never resolves (row untouched, stays open)',
      existing: [row('a', 'open')],
      evaluated: [finding('a', 'error')],
      state: 'none',
      event: null,
    },
    { name: 'newly muted', existing: [row('a', 'open')], evaluated: [finding('a', 'fail', true)], state: 'muted', event: 'muted' },
    { name: 'suppression expired: unmuted', existing: [row('a', 'muted')], evaluated: [finding('a', 'fail')], state: 'open', event: 'unmuted' },
    { name: 'resource removed resolves', existing: [row('a', 'open')], evaluated: [], removed: ['arn:a'], state: 'resolved', event: 'resolved' },
    { name: 'not evaluated and not removed: untouched', existing: [row('a', 'open')], evaluated: [], state: 'none', event: null },
    { name: 'pass with no history: nothing stored', existing: [], evaluated: [finding('a', 'pass')], state: 'none', event: null },
  ]
  it.each(cases)('$name', ({ existing, evaluated, removed, state, event }) => {
    const { upserts, events } = applyLifecycle(new Map(existing.map((r) => [r.fingerprint, r])), evaluated, new Set(removed ?? []), 2, AT)
    expect(upserts[0]?.state ?? 'none').toBe(state)
    expect(events[0]?.kind ?? null).toBe(event)
  })

  it('reopening counts and clears the resolution', () => {
    const { upserts } = applyLifecycle(new Map([['a', row('a', 'resolved', { reopenCount: 2 })]]), [finding('a', 'fail')], new Set(), 5, AT)
    expect(upserts[0]).toMatchObject({ reopenCount: 3, resolvedSeq: null, resolvedAt: null, lastSeenSeq: 5, firstSeenSeq: 1 })
  })

  it('resolution records when, so time-to-resolve can be computed', () => {
    const { upserts } = applyLifecycle(new Map([['a', row('a', 'open')]]), [finding('a', 'pass')], new Set(), 7, AT)
    expect(upserts[0]).toMatchObject({ resolvedSeq: 7, resolvedAt: AT, firstSeenAt: '2026-01-01T00:00:00.000Z' })
  })
})
