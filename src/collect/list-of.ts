/** The common shape of a list call: drain every page, and on failure fall back to an empty list. */
import type { CollectContext } from './collector.js'

/** Drains a list call; on failure the type is marked incomplete (an error recorded for it) and the list is empty. */
export async function listOf<P, T>(
  ctx: CollectContext,
  api: string,
  type: string,
  pages: (signal: AbortSignal) => AsyncIterable<P>,
  pick: (page: P) => T[] | undefined,
): Promise<T[]> {
  const r = await ctx.paginate(api, pages, pick, { affects: [type] })
  return r.ok ? r.value : []
}
