import type { Kysely } from 'kysely'
import type { Resource } from '../core/resource.js'
import type { Database } from './schema.js'
import { chunks } from './rows.js'
import type { InventoryQuery, ResourceChange } from './types.js'

/** Resources valid at scan `seq`: intervals with from_seq <= seq < to_seq (to_seq null = still present). */
export async function inventoryAt(db: Kysely<Database>, seq: number, query: InventoryQuery): Promise<Resource[]> {
  let q = db
    .selectFrom('resource_history as h')
    .innerJoin('resource_versions as v', 'v.hash', 'h.hash')
    .select('v.body')
    .where('h.from_seq', '<=', seq)
    .where((eb) => eb.or([eb('h.to_seq', 'is', null), eb('h.to_seq', '>', seq)]))
  if (query.types?.length) q = q.where('h.type', 'in', query.types)
  if (query.accounts?.length) q = q.where('h.account', 'in', query.accounts)
  if (query.regions?.length) q = q.where('h.region', 'in', query.regions)
  const rows = await q.orderBy('h.type').orderBy('h.uid').execute()
  return rows.map((r) => JSON.parse(r.body) as Resource)
}

/** Versions of `uids` valid at scan `seq`, by uid. */
async function versionsAt(db: Kysely<Database>, seq: number, uids: string[]): Promise<Map<string, { hash: string; body: Resource }>> {
  const out = new Map<string, { hash: string; body: Resource }>()
  for (const part of chunks(uids)) {
    const rows = await db
      .selectFrom('resource_history as h')
      .innerJoin('resource_versions as v', 'v.hash', 'h.hash')
      .select(['h.uid', 'h.hash', 'v.body'])
      .where('h.uid', 'in', part)
      .where('h.from_seq', '<=', seq)
      .where((eb) => eb.or([eb('h.to_seq', 'is', null), eb('h.to_seq', '>', seq)]))
      .execute()
    for (const r of rows) out.set(r.uid, { hash: r.hash, body: JSON.parse(r.body) as Resource })
  }
  return out
}

/** Resources added, removed or changed between scan `from` (exclusive) and scan `to` (inclusive). */
export async function resourceChanges(db: Kysely<Database>, from: number, to: number, query: InventoryQuery): Promise<ResourceChange[]> {
  let q = db
    .selectFrom('resource_history')
    .select('uid')
    .distinct()
    .where((eb) => eb.or([eb.and([eb('from_seq', '>', from), eb('from_seq', '<=', to)]), eb.and([eb('to_seq', '>', from), eb('to_seq', '<=', to)])]))
  if (query.types?.length) q = q.where('type', 'in', query.types)
  if (query.accounts?.length) q = q.where('account', 'in', query.accounts)
  if (query.regions?.length) q = q.where('region', 'in', query.regions)
  const uids = (await q.execute()).map((r) => r.uid).sort()
  const [before, after] = await Promise.all([versionsAt(db, from, uids), versionsAt(db, to, uids)])
  const changes: ResourceChange[] = []
  for (const uid of uids) {
    const b = before.get(uid)
    const a = after.get(uid)
    if (b && a && b.hash === a.hash) continue
    const r = (a ?? b)!.body
    const change = !b ? 'added' : !a ? 'removed' : 'changed'
    changes.push({ uid, type: r.type, account: r.account, region: r.region, name: r.name, change, before: b?.body ?? null, after: a?.body ?? null })
  }
  return changes
}
