/** Firewall-rule helpers for Azure database servers (SQL, PostgreSQL and MySQL flexible) and IP rule lists. */
import type { AzureDbFirewallRule } from '../../normalize/azure/types-databases.js'

/**
 * The rule start = end = 0.0.0.0 is Azure's "Allow Azure services and resources to access this server": it admits
 * every Azure IP address, including other customers' resources
 * (https://learn.microsoft.com/azure/azure-sql/database/firewall-configure#connections-from-inside-azure).
 */
export function isAllowAzureServicesRule(rule: AzureDbFirewallRule): boolean {
  return rule.startIpAddress.trim() === '0.0.0.0' && rule.endIpAddress.trim() === '0.0.0.0'
}

/** True for a rule 0.0.0.0–255.255.255.255: every IPv4 address on the internet. */
export function isAnyIpRule(rule: AzureDbFirewallRule): boolean {
  return rule.startIpAddress.trim() === '0.0.0.0' && rule.endIpAddress.trim() === '255.255.255.255'
}

/** A rule as `name (start–end)`, for messages. */
export function describeFirewallRule(rule: AzureDbFirewallRule): string {
  return `${rule.name || 'unnamed'} (${rule.startIpAddress}–${rule.endIpAddress})`
}

/** True for an IP rule entry ('a.b.c.d' or CIDR) that admits the whole IPv4 internet (prefix length 0). */
export function isWholeInternetEntry(entry: string): boolean {
  const [, prefix] = entry.trim().split('/')
  return prefix !== undefined && Number(prefix) === 0
}
