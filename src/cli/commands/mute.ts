/** `posture mute add|list|remove`: suppressions kept in the store, listed together with the config file's. */
import { PostureError } from '../../core/errors.js'
import type { Suppression } from '../../core/suppression.js'
import { isExpired } from '../../evaluate/suppressions.js'
import { scopeId, validateSuppression, type SuppressionProblem } from '../../evaluate/suppression-input.js'
import { openStore } from '../../store/open.js'
import type { Store } from '../../store/types.js'
import { databaseUrl, loadConfig, warnConfigIssues, type PostureConfig } from '../config.js'
import { choiceOption } from '../options.js'
import { listAllSuppressions } from '../suppression-sync.js'
import { renderMuteTable } from './mute-table.js'

/** Flags every mute command takes. */
export interface MuteCommonFlags {
  database?: string
  config?: string
}

/** Raw flags of `posture mute add`. */
export interface MuteAddFlags extends MuteCommonFlags {
  checks?: string
  account?: string
  region?: string
  resource?: string[]
  tag?: string[]
  reason?: string
  owner?: string
  expires?: string
  id?: string
}

/** Raw flags of `posture mute list`. */
export interface MuteListFlags extends MuteCommonFlags {
  format?: string
}

/** The flag each validated field comes from, so a problem names what the user typed. */
const FLAG_OF: Record<string, string> = {
  id: '--id',
  checks: '--checks',
  account: '--account',
  region: '--region',
  resources: '--resource',
  tags: '--tag',
  reason: '--reason',
  owner: '--owner',
  expires: '--expires',
}

/** Loads the config (warning about its issues) and opens the store it or the flags name; runs `fn`, then closes. */
async function withStore<T>(flags: MuteCommonFlags, fn: (store: Store, config: PostureConfig) => Promise<T>): Promise<T> {
  const config = await loadConfig(flags.config)
  warnConfigIssues(config.issues)
  const store = await openStore(databaseUrl(flags.database, config))
  try {
    return await fn(store, config)
  } finally {
    await store.close()
  }
}

function problemText(p: SuppressionProblem): string {
  const field = String(p.path[0])
  const flag = FLAG_OF[field] ?? field
  return `${flag}${p.path.length > 1 && field === 'tags' ? ` #${Number(p.path[1]) + 1}` : ''}: ${p.message}`
}

/** Validates the flags of `mute add` into a suppression (without id); usage errors name the flag. */
export function suppressionFromFlags(flags: MuteAddFlags, now: Date): Omit<Suppression, 'id' | 'lastMatchedAt' | 'matchCount'> & { id?: string } {
  const { draft, problems } = validateSuppression({
    id: flags.id,
    checks: flags.checks,
    account: flags.account,
    region: flags.region,
    resources: flags.resource?.length ? flags.resource : undefined,
    tags: flags.tag?.length ? flags.tag : undefined,
    reason: flags.reason,
    owner: flags.owner,
    expires: flags.expires,
  })
  if (!draft) {
    throw new PostureError(
      'POSTURE_ERR_USAGE',
      `Invalid suppression: ${problems.map(problemText).join('; ')}`,
      'Example: posture mute add --checks "aws-s3-bucket-public-*" --resource "arn:aws:s3:::www-*" --reason "Static website, public by design" --owner web-team --expires 2026-12-31',
    )
  }
  if (isExpired(draft, now)) {
    throw new PostureError('POSTURE_ERR_USAGE', `Invalid suppression: --expires ${flags.expires} is already past`, 'Give a future date (YYYY-MM-DD).')
  }
  return { ...draft, createdAt: now.toISOString(), source: 'cli' }
}

/** Refuses an id that a config-file suppression uses: the store must not shadow or be shadowed by the file. */
function assertNotConfigId(id: string, config: PostureConfig, stored: readonly Suppression[], action: string): void {
  const inConfig = config.suppressions.some((s) => s.id === id) || stored.some((s) => s.id === id && s.source === 'config')
  if (inConfig) {
    throw new PostureError(
      'POSTURE_ERR_USAGE',
      `Cannot ${action} suppression "${id}": it is defined in the config file${config.file ? ` ${config.file}` : ''}`,
      action === 'remove' ? 'Delete the entry from the config file instead.' : 'Choose another --id, or edit the entry in the config file.',
    )
  }
}

/** `posture mute add`: stores a suppression (source 'cli') and prints its id; the same scope again updates it. */
export async function muteAdd(flags: MuteAddFlags, now = new Date()): Promise<number> {
  const input = suppressionFromFlags(flags, now)
  const id = input.id ?? scopeId('cli', input)
  return withStore(flags, async (store, config) => {
    const stored = await store.listSuppressions()
    assertNotConfigId(id, config, stored, 'add')
    const existing = stored.find((s) => s.id === id)
    await store.putSuppression({ ...input, id })
    process.stdout.write(`${id}\n`)
    const until = input.expiresAt ? `until ${input.expiresAt}` : 'without expiry'
    process.stderr.write(`posture: suppression ${id} ${existing ? 'updated' : 'added'} (${until}); it applies from the next scan\n`)
    return 0
  })
}

/** `posture mute list`: CLI and config suppressions with expiry state and matches; flags the ones unused lately. */
export async function muteList(flags: MuteListFlags, now = new Date()): Promise<number> {
  const format = choiceOption('--format', flags.format, ['table', 'json'] as const, 'table')
  return withStore(flags, async (store, config) => {
    const { rows, conflicts } = await listAllSuppressions(store, config.suppressions, now)
    for (const c of conflicts) process.stderr.write(`posture: warning: ${c.message}\n`)
    process.stdout.write(format === 'json' ? `${JSON.stringify(rows, null, 2)}\n` : renderMuteTable(rows))
    return 0
  })
}

/** `posture mute remove ID`: deletes a CLI suppression; config entries are removed by editing the file. */
export async function muteRemove(id: string, flags: MuteCommonFlags): Promise<number> {
  return withStore(flags, async (store, config) => {
    assertNotConfigId(id, config, await store.listSuppressions(), 'remove')
    if (!(await store.deleteSuppression(id))) {
      throw new PostureError('POSTURE_ERR_USAGE', `No suppression "${id}"`, 'Run `posture mute list` to see suppression ids.')
    }
    process.stderr.write(`posture: suppression ${id} removed; the findings it muted count again from the next scan\n`)
    return 0
  })
}
