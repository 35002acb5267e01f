/** `posture inventory`: the estate as recorded at a point in time (or at a scan). */
import type { Store } from '../../store/types.js'
import { list } from '../options.js'
import { latestFinished, requireFinished, resolveScanRef } from './history-options.js'
import { formatOption, json, renderRows, scanLabel } from './history-table.js'

/** Raw flags of `posture inventory`. */
export interface InventoryFlags {
  database?: string
  config?: string
  format?: string
  /** TIME (or a scan reference); default: the latest finished scan. */
  at?: string
  type?: string
  account?: string
  region?: string
}

/** `posture inventory --at TIME`: resources present as of the last finished scan at or before TIME. */
export async function inventoryCommand(store: Store, flags: InventoryFlags): Promise<string> {
  const format = formatOption(flags.format)
  const scan = flags.at === undefined ? await latestFinished(store) : requireFinished('--at', await resolveScanRef(store, '--at', flags.at))
  const resources = await store.inventoryAt(scan.seq, { types: list(flags.type), accounts: list(flags.account), regions: list(flags.region) })
  if (format === 'json') return json({ scan, count: resources.length, resources })
  const byType = new Map<string, number>()
  for (const r of resources) byType.set(r.type, (byType.get(r.type) ?? 0) + 1)
  const header = `Inventory as of scan ${scanLabel(scan)}: ${resources.length} resource(s) of ${byType.size} type(s)`
  if (resources.length === 0) return `${header}${flags.type ? ` (no resource of type ${flags.type}; types look like aws.s3.bucket)` : ''}.\n`
  const rows = resources.map((r) => [r.type, r.name, r.account, r.region, r.uid])
  return `${header}\n\n${renderRows(['TYPE', 'NAME', 'ACCOUNT', 'REGION', 'UID'], rows)}\n`
}
