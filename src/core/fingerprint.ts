import { createHash } from 'node:crypto'

/** Stable identity of a finding across scans: check, resource and an optional sub-key (e.g. one access key). */
export function fingerprint(checkId: string, resourceUid: string, subKey = ''): string {
  return createHash('sha256').update(`${checkId}\u0000${resourceUid}\u0000${subKey}`).digest('hex').slice(0, 32)
}

/**
 * JSON with object keys sorted at every level, so equal values always serialize (and hash) the same. Written as loops
 * (no entries/filter/map arrays per object): every scan hashes each resource and finding, hundreds of thousands of them.
 */
export function stableStringify(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null'
  if (Array.isArray(value)) {
    let out = '['
    for (let i = 0; i < value.length; i++) out += (i ? ',' : '') + stableStringify(value[i])
    return `${out}]`
  }
  const record = value as Record<string, unknown>
  let out = '{'
  for (const key of Object.keys(record).sort()) {
    const v = record[key]
    if (v === undefined) continue
    out += `${out.length > 1 ? ',' : ''}${JSON.stringify(key)}:${stableStringify(v)}`
  }
  return `${out}}`
}

/** Content hash of a value (sha256 of its stable JSON): unchanged resources hash the same scan after scan. */
export function contentHash(value: unknown): string {
  return createHash('sha256').update(stableStringify(value)).digest('hex')
}
