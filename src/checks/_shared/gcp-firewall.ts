/**
 * VPC firewall rule helpers for Google Cloud network checks: which enabled ingress allow rules let the whole internet
 * reach a port. Protocols come as names ('tcp', 'all') or IP protocol numbers ('6'); ports as '22' or '20-30', and an
 * entry without ports covers every port (https://cloud.google.com/firewall/docs/firewalls#protocols_and_ports).
 */
import type { GcpFirewallAttributes, GcpFirewallEntry } from '../../normalize/gcp/types-compute.js'
import { isInternetCidr } from './network.js'

// IANA numbers Google accepts in place of protocol names.
const PROTOCOL_NUMBERS: Record<string, string> = { '1': 'icmp', '6': 'tcp', '17': 'udp', '132': 'sctp', '58': 'ipv6-icmp', '50': 'esp', '51': 'ah' }

/** Protocols with ports: an entry for one of them without a port list opens every port. */
const PORTED = new Set(['tcp', 'udp', 'sctp'])

/** The protocol name of an entry ('6' → 'tcp'), lower-cased. */
export function protocolName(protocol: string): string {
  const p = protocol.trim().toLowerCase()
  return PROTOCOL_NUMBERS[p] ?? p
}

/** A port spec as an inclusive range: '22' → [22, 22], '20-30' → [20, 30]; undefined when malformed. */
export function portRange(spec: string): [number, number] | undefined {
  const m = /^\s*(\d+)\s*(?:-\s*(\d+)\s*)?$/.exec(spec)
  if (!m) return undefined
  const from = Number(m[1])
  const to = m[2] === undefined ? from : Number(m[2])
  return from <= to ? [from, to] : undefined
}

/** True when the entry lets `protocol` traffic reach `port` ('all' covers every protocol and port). */
export function entryCoversPort(entry: GcpFirewallEntry, port: number, protocol = 'tcp'): boolean {
  const p = protocolName(entry.protocol)
  if (p === 'all') return true
  if (p !== protocol) return false
  if (entry.ports.length === 0) return true
  return entry.ports.some((spec) => {
    const r = portRange(spec)
    return r !== undefined && r[0] <= port && port <= r[1]
  })
}

/** True when the entry opens every protocol, or every port of TCP, UDP or SCTP. */
export function entryAllowsAllPorts(entry: GcpFirewallEntry): boolean {
  const p = protocolName(entry.protocol)
  if (p === 'all') return true
  if (!PORTED.has(p)) return false
  if (entry.ports.length === 0) return true
  return entry.ports.some((spec) => {
    const r = portRange(spec)
    return r !== undefined && r[0] <= 1 && r[1] >= 65535
  })
}

/** True for a rule that is enforced and allows inbound traffic. */
export function isEnabledIngressAllow(fw: GcpFirewallAttributes): boolean {
  return fw.direction === 'INGRESS' && !fw.disabled && fw.action === 'allow'
}

/** The internet-wide source ranges (0.0.0.0/0, ::/0) of an enabled ingress allow rule; [] for any other rule. */
export function internetSources(fw: GcpFirewallAttributes): string[] {
  return isEnabledIngressAllow(fw) ? fw.sourceRanges.filter((r) => isInternetCidr(r.trim())) : []
}

/** The allow entries of `fw` that let the internet reach `port` over `protocol`; [] when the rule does not. */
export function internetEntriesCovering(fw: GcpFirewallAttributes, port: number, protocol = 'tcp'): GcpFirewallEntry[] {
  if (internetSources(fw).length === 0) return []
  return fw.allowed.filter((e) => entryCoversPort(e, port, protocol))
}

/** An entry as gcloud writes it, spelled out where it means "everything": 'tcp:22,3389', 'tcp (all ports)', 'all protocols'. */
export function describeEntry(entry: GcpFirewallEntry): string {
  const p = protocolName(entry.protocol)
  if (p === 'all') return 'all protocols'
  if (entry.ports.length > 0) return `${p}:${entry.ports.join(',')}`
  return PORTED.has(p) ? `${p} (all ports)` : p
}

/** "rule <name> allows tcp:22 from 0.0.0.0/0" for messages. */
export function describeInternetRule(fw: GcpFirewallAttributes, entries: readonly GcpFirewallEntry[]): string {
  return `rule ${fw.name} allows ${entries.map(describeEntry).join(' and ')} from ${internetSources(fw).join(' and ')}`
}
