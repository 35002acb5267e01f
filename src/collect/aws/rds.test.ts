import { describe, expect, it } from 'vitest'
import { makeCollectContext } from '../run-context.js'
import { testRunState as state } from '../run-context-testing.js'
import { withShareAttributes, type RdsSnapshotAttribute } from './rds.js'

const snap = (id: string, type: string) => ({ id, SnapshotType: type, arn: `arn:aws:rds:us-east-1:111122223333:snapshot:${id}` })
const PUBLIC: RdsSnapshotAttribute[] = [{ AttributeName: 'restore', AttributeValues: ['all'] }]

describe('withShareAttributes', () => {
  it('reads manual snapshots, skips automated ones and keeps order', async () => {
    const asked: string[] = []
    const ctx = makeCollectContext(state(), 'aws', '111122223333', 'rds', 'us-east-1')
    const out = await withShareAttributes(
      ctx,
      [snap('nightly', 'automated'), snap('manual-1', 'manual'), snap('shared', 'shared')],
      'DescribeDBSnapshotAttributes',
      (s) => s.arn,
      (s) => {
        asked.push(s.id)
        return Promise.resolve(s.id === 'manual-1' ? PUBLIC : undefined)
      },
    )
    expect(asked.sort()).toEqual(['manual-1', 'shared'])
    expect(out.map((o) => [o.snapshot.id, o.attributes])).toEqual([
      ['nightly', { ok: true, value: [] }],
      ['manual-1', { ok: true, value: PUBLIC }],
      ['shared', { ok: true, value: [] }],
    ])
  })

  it('records a failed attribute call against the snapshot and keeps going', async () => {
    const s = state()
    const ctx = makeCollectContext(s, 'aws', '111122223333', 'rds', 'us-east-1')
    const denied = Object.assign(new Error('not authorized'), { name: 'AccessDenied' })
    const out = await withShareAttributes(
      ctx,
      [snap('a', 'manual'), snap('b', 'manual')],
      'DescribeDBClusterSnapshotAttributes',
      (x) => x.arn,
      (x) => (x.id === 'a' ? Promise.reject(denied) : Promise.resolve(PUBLIC)),
    )
    expect(out[0]?.attributes).toMatchObject({ ok: false, code: 'AccessDenied' })
    expect(out[1]?.attributes).toEqual({ ok: true, value: PUBLIC })
    expect(s.errors).toMatchObject([{ api: 'DescribeDBClusterSnapshotAttributes', reason: 'AccessDenied: not authorized' }])
  })
})
