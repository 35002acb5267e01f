/** Port and CIDR helpers shared by network checks. */
import type { NaclEntry, SgRule } from '../../normalize/aws/types.js'

/** True for CIDRs that mean "the whole internet" (IPv4 or IPv6). */
export function isInternetCidr(cidr: string | undefined): boolean {
  return cidr === '0.0.0.0/0' || cidr === '::/0'
}

/** True when the rule covers `port` for TCP (protocol '-1' covers every port). */
export function coversPort(rule: Pick<SgRule, 'protocol' | 'fromPort' | 'toPort'>, port: number, protocol: 'tcp' | 'udp' = 'tcp'): boolean {
  if (rule.protocol === '-1' || rule.protocol === 'all') return true
  const proto = rule.protocol === '6' ? 'tcp' : rule.protocol === '17' ? 'udp' : rule.protocol
  if (proto !== protocol) return false
  if (rule.fromPort === null || rule.toPort === null) return true
  return rule.fromPort <= port && port <= rule.toPort
}

/** True when a rule opens every protocol or the full TCP/UDP port range. */
export function isAllTraffic(rule: Pick<SgRule, 'protocol' | 'fromPort' | 'toPort'>): boolean {
  if (rule.protocol === '-1' || rule.protocol === 'all') return true
  return (
    (rule.protocol === 'tcp' || rule.protocol === '6' || rule.protocol === 'udp' || rule.protocol === '17') &&
    (rule.fromPort ?? 0) <= 0 &&
    (rule.toPort ?? 65535) >= 65535
  )
}

/** A rule as "tcp 22-22 from 0.0.0.0/0". */
export function describeRule(rule: SgRule): string {
  const ports =
    rule.protocol === '-1' ? 'all traffic' : `${rule.protocol} ${rule.fromPort === rule.toPort ? rule.fromPort : `${rule.fromPort}-${rule.toPort}`}`
  const src = rule.cidrIpv4 ?? rule.cidrIpv6 ?? rule.groupId ?? rule.prefixListId ?? '?'
  return `${ports} from ${src}`
}

/** The internet-wide CIDR a rule or ACL entry names, if any ('0.0.0.0/0' or '::/0'). */
export function internetSource(rule: { cidrIpv4?: string; cidrIpv6?: string }): string | null {
  if (isInternetCidr(rule.cidrIpv4)) return rule.cidrIpv4 ?? null
  if (isInternetCidr(rule.cidrIpv6)) return rule.cidrIpv6 ?? null
  return null
}

/** Security group rules open to the whole internet that cover at least one of `ports` over `protocol`. */
export function internetRulesCovering(rules: readonly SgRule[], ports: readonly number[], protocol: 'tcp' | 'udp' = 'tcp'): SgRule[] {
  return rules.filter((r) => internetSource(r) !== null && ports.some((p) => coversPort(r, p, protocol)))
}

/**
 * The network ACL entry that decides whether inbound traffic from the internet reaches `port`, if it allows it.
 * NACL rules are evaluated in ascending rule-number order and the first match wins; IPv4 and IPv6 entries apply to
 * their own family only, so each family is walked separately. Only an internet-wide deny can shadow an internet-wide
 * allow; a narrower deny still lets the rest of the internet through.
 * https://docs.aws.amazon.com/vpc/latest/userguide/nacl-rules.html
 */
export function naclInternetAllow(entries: readonly NaclEntry[], port: number, protocol: 'tcp' | 'udp' = 'tcp'): NaclEntry | null {
  const ingress = entries.filter((e) => !e.egress).sort((a, b) => a.ruleNumber - b.ruleNumber)
  for (const family of ['0.0.0.0/0', '::/0']) {
    const decisive = ingress.find((e) => internetSource(e) === family && coversPort(e, port, protocol))
    if (decisive?.action === 'allow') return decisive
  }
  return null
}

// IANA protocol numbers as the EC2 API reports them for network ACL entries.
const PROTOCOL_NAMES: Record<string, string> = { '-1': 'all', all: 'all', '6': 'tcp', '17': 'udp', '1': 'icmp', '58': 'icmpv6' }

/** A network ACL entry as "rule 100 allow tcp 22 from 0.0.0.0/0". */
export function describeNaclEntry(entry: NaclEntry): string {
  const proto = PROTOCOL_NAMES[entry.protocol] ?? entry.protocol
  let ports: string
  if (proto === 'all') ports = 'all traffic'
  else if (entry.fromPort === null || entry.toPort === null) ports = `${proto} all ports`
  else ports = `${proto} ${entry.fromPort === entry.toPort ? entry.fromPort : `${entry.fromPort}-${entry.toPort}`}`
  return `rule ${entry.ruleNumber} ${entry.action} ${ports} from ${entry.cidrIpv4 ?? entry.cidrIpv6 ?? '?'}`
}
