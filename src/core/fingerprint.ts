import { createHash } from 'node:crypto'

/** Stable identity of a finding across scans: check, resource and an optional sub-key (e.g. one access key). */
export function fingerprint(checkId: string, resourceUid: string, subKey = ''): string {
  return createHash('sha256').update(`${checkId}\u0000${resourceUid}\u0000${subKey}`).digest('hex').slice(0, 32)
}

/** JSON with object keys sorted at every level, so equal values always serialize (and hash) the same. */
export function stableStringify(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null'
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(',')}}`
}

/** Content hash of a value (sha256 of its stable JSON): unchanged resources hash the same scan after scan. */
export function contentHash(value: unknown): string {
  return createHash('sha256').update(stableStringify(value)).digest('hex')
}
