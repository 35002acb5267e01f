/** Helpers the databases-group normalizers share: firewall rules and server parameters. */
import type { CallResult } from '../../collect/collector.js'
import type { ServerParameterRaw } from '../../collect/azure/databases-common.js'
import { isUnknown, unknown, type Maybe } from '../../core/unknown.js'
import { maybe } from '../common.js'
import type { AzureDbFirewallRule } from './types-databases.js'

/** Firewall rules as the checks see them; a rule without both ends is dropped (the API requires both). */
export function firewallRulesOf(
  r: CallResult<{ name?: string; startIpAddress?: string; endIpAddress?: string }[]>,
  api: string,
): Maybe<AzureDbFirewallRule[]> {
  const rules = maybe(r, api)
  if (!Array.isArray(rules)) return rules
  return rules
    .filter((f) => f.startIpAddress && f.endIpAddress)
    .map((f) => ({ name: f.name ?? '', startIpAddress: f.startIpAddress!, endIpAddress: f.endIpAddress! }))
}

/** The effective value of a server parameter: its value, else its default; Unknown when the read failed or told neither. */
export function parameterValue(r: CallResult<ServerParameterRaw | null>, name: string): Maybe<string> {
  const p = maybe(r, `configurations.get(${name})`)
  if (isUnknown(p)) return p
  // A parameter left at its default may come back without a value; the default is then in force.
  const v = p?.value || p?.defaultValue
  return v ? v : unknown(`configurations.get(${name}): the server returned no value`)
}

/** An ON/OFF server parameter as a boolean (PostgreSQL answers on/off, MySQL ON/OFF). */
export function parameterFlag(r: CallResult<ServerParameterRaw | null>, name: string): Maybe<boolean> {
  const v = parameterValue(r, name)
  return typeof v === 'string' ? ['on', 'true', '1'].includes(v.trim().toLowerCase()) : v
}

/** Applies `fn` to a known value, keeping Unknown as it is. */
export function mapMaybe<T, U>(v: Maybe<T>, fn: (value: T) => U): Maybe<U> {
  return isUnknown(v) ? v : fn(v)
}
