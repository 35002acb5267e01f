import type { Resource } from '../../core/resource.js'
import { unknown, type Maybe } from '../../core/unknown.js'
import type { CallResult } from '../../collect/collector.js'
import type { PolicyDocument } from './types.js'

/** Where a normalizer's output belongs. */
export interface NormalizeScope {
  account: string
  /** The region collected, or 'global'. */
  region: string
  /** Regions in scope for the scan (global services may place resources in regions, e.g. S3 buckets). */
  regions: readonly string[]
}

/** Builds a live AWS resource with defaults for tags, relations and source. */
export function awsResource<A>(
  r: Omit<Resource<A>, 'provider' | 'source' | 'tags' | 'relations'> & Partial<Pick<Resource<A>, 'tags' | 'relations'>>,
): Resource<A> {
  return { provider: 'aws', tags: {}, relations: [], source: { kind: 'live' }, ...r }
}

/** Converts an AWS tag list ([{Key, Value}]) to a record. */
export function tagsOf(list: readonly { Key?: string; Value?: string }[] | undefined): Record<string, string> {
  const out: Record<string, string> = {}
  for (const t of list ?? []) if (t.Key) out[t.Key] = t.Value ?? ''
  return out
}

/** Parses a JSON policy document (URL-decoding IAM's encoded form); null on absence, throws on bad JSON. */
export function parsePolicy<T>(text: string | undefined | null): T | null {
  if (!text) return null
  const raw = text.trim().startsWith('%7B') || text.trim().startsWith('%7b') ? decodeURIComponent(text) : text
  return JSON.parse(raw) as T
}

export { iso, maybe } from '../common.js'

/** Parses a policy from a call result; an unparsable document becomes Unknown. */
export function maybePolicy(r: CallResult<string | null>, api: string): Maybe<PolicyDocument | null> {
  if (!r.ok) return unknown(`${api}: ${r.reason}`)
  try {
    return parsePolicy<PolicyDocument>(r.value)
  } catch (err) {
    return unknown(`${api}: policy is not valid JSON (${(err as Error).message})`)
  }
}
