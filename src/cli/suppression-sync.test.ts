import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest'
import { fingerprint } from '../core/fingerprint.js'
import type { ScanFinding, Suppression } from '../core/suppression.js'
import { openStore } from '../store/open.js'
import type { Store } from '../store/types.js'
import { listAllSuppressions, suppressionsForScan } from './suppression-sync.js'

const dir = mkdtempSync(join(tmpdir(), 'posture-sync-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const sup = (over: Partial<Suppression>): Suppression => ({
  id: 'x',
  checks: 'aws-s3-*',
  account: null,
  region: null,
  resources: null,
  tags: null,
  reason: 'Accepted for a good reason',
  owner: 'team',
  expiresAt: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  source: 'config',
  lastMatchedAt: null,
  matchCount: 0,
  ...over,
})

/** Records one scan whose only finding is muted by `suppressionId`, finished at `at`. */
async function scanMutedBy(store: Store, suppressionId: string, at: string): Promise<void> {
  const uid = 'arn:aws:s3:::www'
  const finding: ScanFinding = {
    checkId: 'aws-s3-bucket-public-read',
    title: 't',
    status: 'fail',
    severity: 'high',
    resource: { uid, type: 'aws.s3.bucket', provider: 'aws', account: '123456789012', region: 'global', name: 'www' },
    message: 'public',
    remediation: { steps: ['fix'], references: [] },
    compliance: [],
    fingerprint: fingerprint('aws-s3-bucket-public-read', uid),
    muted: { suppressionId, reason: 'Accepted for a good reason', owner: 'team', expiresAt: null },
  }
  const scan = await store.beginScan({ id: crypto.randomUUID(), provider: 'aws', target: 't', startedAt: at, regions: ['us-east-1'] })
  const result = { status: 'complete' as const, finishedAt: at, accounts: ['123456789012'], regions: ['us-east-1'], stats: null }
  await store.finishScan(
    scan.seq,
    { ...result, resources: [], collectionErrors: [], findings: [finding] },
    { provider: 'aws', accounts: ['123456789012'], regions: ['us-east-1'] },
  )
}

describe('config suppressions and the store', () => {
  let store: Store
  let n = 0
  beforeEach(async () => {
    store = await openStore(join(dir, `s${++n}.db`))
  })
  afterEach(async () => {
    await store.close()
  })

  it('without a store, applies the config entries only', async () => {
    const r = await suppressionsForScan(undefined, [sup({ id: 'a' })])
    expect(r.suppressions.map((s) => s.id)).toEqual(['a'])
  })

  it('upserts config entries so their matches are counted, keeping stats across runs', async () => {
    await suppressionsForScan(store, [sup({ id: 'a' })])
    await scanMutedBy(store, 'a', '2026-11-20T00:00:00.000Z')
    // The entry is edited in the file (new reason): stats and creation time survive.
    await suppressionsForScan(store, [sup({ id: 'a', reason: 'A new and better reason', createdAt: '2026-11-21T00:00:00.000Z' })])
    const [row] = await store.listSuppressions()
    expect(row).toMatchObject({ id: 'a', source: 'config', reason: 'A new and better reason', matchCount: 1, createdAt: '2026-01-01T00:00:00.000Z' })
    expect(row!.lastMatchedAt).toBe('2026-11-20T00:00:00.000Z')
  })

  it('applies CLI suppressions too, but no longer a config entry removed from the file', async () => {
    await store.putSuppression(sup({ id: 'cli-1', source: 'cli' }))
    await suppressionsForScan(store, [sup({ id: 'old' })])
    const r = await suppressionsForScan(store, [sup({ id: 'new' })])
    expect(r.suppressions.map((s) => s.id).sort()).toEqual(['cli-1', 'new'])
  })

  it('never overwrites a CLI suppression with a config entry of the same id', async () => {
    await store.putSuppression(sup({ id: 'same', source: 'cli', owner: 'cli-owner' }))
    const r = await suppressionsForScan(store, [sup({ id: 'same', owner: 'file-owner' })])
    expect(r.conflicts.map((c) => c.id)).toEqual(['same'])
    expect(r.suppressions).toMatchObject([{ id: 'same', source: 'cli', owner: 'cli-owner' }])
    expect(await store.listSuppressions()).toMatchObject([{ id: 'same', source: 'cli', owner: 'cli-owner' }])
  })

  it('lists both sources with expiry state, and flags those unused for 30 days or ever', async () => {
    const now = new Date('2026-11-22T00:00:00.000Z')
    await store.putSuppression(sup({ id: 'cli-recent', source: 'cli' }))
    await store.putSuppression(sup({ id: 'cli-stale', source: 'cli' }))
    await suppressionsForScan(store, [sup({ id: 'cfg-used' })])
    await scanMutedBy(store, 'cli-stale', '2026-09-01T00:00:00.000Z')
    await scanMutedBy(store, 'cli-recent', '2026-11-21T00:00:00.000Z')
    await scanMutedBy(store, 'cfg-used', '2026-11-21T00:00:00.000Z')
    const config = [sup({ id: 'cfg-used' }), sup({ id: 'cfg-never', expiresAt: '2026-11-01T00:00:00.000Z' })]
    const { rows } = await listAllSuppressions(store, config, now)
    expect(rows.map((r) => [r.id, r.source, r.state, r.matchCount, r.unused])).toEqual([
      ['cli-recent', 'cli', 'active', 1, false],
      ['cli-stale', 'cli', 'active', 1, true],
      ['cfg-never', 'config', 'expired', 0, true],
      ['cfg-used', 'config', 'active', 1, false],
    ])
  })
})
