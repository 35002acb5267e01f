import type { Suppression } from '../core/suppression.js'
import { isExpired } from '../evaluate/suppressions.js'
import type { Store } from '../store/types.js'

/** A config suppression left out because its id belongs to a `posture mute add` suppression in the store. */
export interface SuppressionConflict {
  id: string
  message: string
}

/** The suppressions that apply: the config file's plus the store's `posture mute add` ones; config ids clashing are dropped. */
function merge(config: readonly Suppression[], stored: readonly Suppression[]): { active: Suppression[]; conflicts: SuppressionConflict[] } {
  const cliIds = new Set(stored.filter((s) => s.source === 'cli').map((s) => s.id))
  const conflicts = config
    .filter((s) => cliIds.has(s.id))
    .map((s) => ({ id: s.id, message: `config suppression "${s.id}" ignored: a \`posture mute add\` suppression has that id (rename one of them)` }))
  const fromConfig = config.filter((s) => !cliIds.has(s.id))
  // Stored config-source rows only carry match statistics: an entry since removed from the file must stop applying.
  return { active: [...fromConfig, ...stored.filter((s) => s.source === 'cli')], conflicts }
}

/**
 * The suppressions a scan applies: the config file's entries plus those added with `posture mute add`. With a store,
 * the config entries are first upserted into it (source 'config') so that the scan's matches are counted for
 * `posture mute list`; stored match counts and creation times survive the upsert. Without a store: the config's only.
 */
export async function suppressionsForScan(
  store: Store | undefined,
  config: readonly Suppression[],
): Promise<{ suppressions: Suppression[]; conflicts: SuppressionConflict[] }> {
  if (!store) return { suppressions: [...config], conflicts: [] }
  const { active, conflicts } = merge(config, await store.listSuppressions())
  for (const s of active.filter((x) => x.source === 'config')) {
    await store.putSuppression(s)
  }
  return { suppressions: active, conflicts }
}

/** One row of `posture mute list`: a suppression with its state and whether it matched anything lately. */
export interface SuppressionStatus extends Suppression {
  state: 'active' | 'expired'
  /** True when it matched nothing within the last `unusedDays` days (or never). */
  unused: boolean
}

/** Days without a match after which `posture mute list` flags a suppression as unused (issue 4: "lately"). */
export const UNUSED_AFTER_DAYS = 30

/**
 * Suppressions for listing: the store's CLI ones and the config file's, with the match statistics the store recorded
 * for config entries (by id). Read-only: listing never writes to the store.
 */
export async function listAllSuppressions(
  store: Store,
  config: readonly Suppression[],
  now: Date,
): Promise<{ rows: SuppressionStatus[]; conflicts: SuppressionConflict[] }> {
  const stored = await store.listSuppressions()
  const { active, conflicts } = merge(config, stored)
  const byId = new Map(stored.map((s) => [s.id, s]))
  const cutoff = now.getTime() - UNUSED_AFTER_DAYS * 86_400_000
  const rows = active.map((s): SuppressionStatus => {
    const seen = s.source === 'config' ? byId.get(s.id) : s
    const { id, ...rest } = s
    // id first: JSON rows of both sources then read the same way.
    const withStats = {
      id,
      ...rest,
      lastMatchedAt: seen?.lastMatchedAt ?? null,
      matchCount: seen?.matchCount ?? 0,
      createdAt: seen?.createdAt ?? s.createdAt,
    }
    const unused = withStats.lastMatchedAt === null || Date.parse(withStats.lastMatchedAt) < cutoff
    return { ...withStats, state: isExpired(withStats, now) ? 'expired' : 'active', unused }
  })
  rows.sort((a, b) => a.source.localeCompare(b.source) || a.id.localeCompare(b.id))
  return { rows, conflicts }
}
