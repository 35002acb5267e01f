import type { CollectionError } from '../core/resource.js'
import type { ScanScope } from './types.js'

/** True when the scan looked at (account, region) and listed `type` there completely. */
export function sawCompletely(scope: ScanScope, gaps: ReadonlySet<string>, account: string, region: string, type: string): boolean {
  if (!scope.accounts.includes(account)) return false
  // Azure and Google Cloud scans list whole subscriptions and projects: their scope's regions are ['*'].
  if (region !== 'global' && !scope.regions.includes('*') && !scope.regions.includes(region)) return false
  return !gaps.has(`${account}|${region}|${type}`) && !gaps.has(`${account}|global|${type}`) && !gaps.has(`${account}|*|${type}`)
}

/** Type-level collection gaps as account|region|type keys (global gaps cover every region). */
export function gapKeys(errors: readonly CollectionError[]): Set<string> {
  const keys = new Set<string>()
  for (const e of errors) if (!e.resource) for (const t of e.resourceTypes) keys.add(`${e.account}|${e.region === 'global' ? '*' : e.region}|${t}`)
  return keys
}
