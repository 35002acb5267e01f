/** Test fixtures for the history commands: small resources and findings recorded through the real Store API. */
import { randomUUID } from 'node:crypto'
import type { Resource } from '../../core/resource.js'
import { fingerprint } from '../../core/fingerprint.js'
import type { ScanFinding, ScanRecord, Store } from '../../store/types.js'

/** The account every fixture lives in. */
export const ACCOUNT = '123456789012'

/** A resource of `type` named `name` in us-east-1. */
export function resource(type: string, name: string, attributes: unknown, tags: Record<string, string> = {}): Resource {
  return {
    uid: `arn:aws:test:us-east-1:${ACCOUNT}:${type}/${name}`,
    provider: 'aws',
    type,
    account: ACCOUNT,
    region: 'us-east-1',
    name,
    tags,
    attributes,
    relations: [],
    source: { kind: 'live' },
  }
}

/** A finding of `checkId` on `r` with `status`. */
export function finding(checkId: string, r: Resource, status: 'pass' | 'fail' | 'error'): ScanFinding {
  return {
    checkId,
    title: `${checkId} title`,
    status,
    severity: 'high',
    resource: { uid: r.uid, type: r.type, provider: r.provider, account: r.account, region: r.region, name: r.name },
    message: `${checkId} ${status} on ${r.name}`,
    remediation: { steps: ['fix it'], references: [] },
    compliance: [],
    fingerprint: fingerprint(checkId, r.uid),
  }
}

/** Records one complete scan of `resources` with `findings` (started at `startedAt`). */
export async function recordScan(store: Store, startedAt: string, resources: Resource[], findings: ScanFinding[]): Promise<ScanRecord> {
  const scan = await store.beginScan({ id: randomUUID(), provider: 'aws', target: 'test', startedAt, regions: ['us-east-1'] })
  await store.finishScan(
    scan.seq,
    {
      status: 'complete',
      finishedAt: new Date(Date.parse(startedAt) + 60_000).toISOString(),
      accounts: [ACCOUNT],
      regions: ['us-east-1'],
      stats: { apiCalls: 10, failedCalls: 0, durationMs: 60_000 },
      resources,
      collectionErrors: [],
      findings,
    },
    { provider: 'aws', accounts: [ACCOUNT], regions: ['us-east-1'] },
  )
  return (await store.findScan({ seq: scan.seq }))!
}

/** A scan that failed (no inventory). */
export async function failedScan(store: Store, startedAt: string): Promise<ScanRecord> {
  const scan = await store.beginScan({ id: randomUUID(), provider: 'aws', target: 'test', startedAt, regions: [] })
  await store.failScan(scan.seq, 'No usable AWS credentials', startedAt)
  return (await store.findScan({ seq: scan.seq }))!
}
