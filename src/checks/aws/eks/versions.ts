/**
 * End of standard support of each Kubernetes minor version on Amazon EKS (the "Amazon EKS Kubernetes release calendar",
 * https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html#kubernetes-release-calendar, read 2026-04).
 * After this date a version is in extended support (extra cost, for 12 more months) and then auto-upgraded. Update the
 * table when AWS adds a version; a version newer than every entry counts as in standard support.
 */
export const EKS_STANDARD_SUPPORT_END: Readonly<Record<string, string>> = {
  '1.23': '2023-10-11',
  '1.24': '2024-01-31',
  '1.25': '2024-05-01',
  '1.26': '2024-06-11',
  '1.27': '2024-07-24',
  '1.28': '2024-11-26',
  '1.29': '2025-03-23',
  '1.30': '2025-07-23',
  '1.31': '2025-11-26',
  '1.32': '2026-03-23',
  '1.33': '2026-07-29',
  '1.34': '2026-12-02',
  '1.35': '2027-03-27',
}

/** Numeric [major, minor] of '1.31' (or '1.31.2'); null when unparsable. */
function parse(version: string): [number, number] | null {
  const m = /^v?(\d+)\.(\d+)/.exec(version.trim())
  return m ? [Number(m[1]), Number(m[2])] : null
}

const compare = (a: [number, number], b: [number, number]): number => a[0] - b[0] || a[1] - b[1]

/**
 * Standard support status of an EKS version at `now`: the end date when listed; 'older' for a version below the
 * oldest listed one (long out of support); 'newer' for one above the newest listed; 'unknown' when unparsable.
 */
export function standardSupport(
  version: string,
  now: Date,
): { inSupport: boolean; end: string | null; note: 'listed' | 'older' | 'newer' | 'unknown' } {
  const v = parse(version)
  if (!v) return { inSupport: false, end: null, note: 'unknown' }
  const key = `${v[0]}.${v[1]}`
  const end = EKS_STANDARD_SUPPORT_END[key]
  if (end) return { inSupport: now.getTime() < Date.parse(`${end}T00:00:00Z`) + 86_400_000, end, note: 'listed' }
  const listed = Object.keys(EKS_STANDARD_SUPPORT_END).map((k) => parse(k)!)
  const oldest = listed.reduce((a, b) => (compare(a, b) <= 0 ? a : b))
  return compare(v, oldest) < 0 ? { inSupport: false, end: null, note: 'older' } : { inSupport: true, end: null, note: 'newer' }
}
