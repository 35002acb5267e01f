/** Port and CIDR helpers shared by network checks. */
import type { SgRule } from '../../normalize/aws/types.js'

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
  return (rule.protocol === 'tcp' || rule.protocol === '6' || rule.protocol === 'udp' || rule.protocol === '17') && (rule.fromPort ?? 0) <= 0 && (rule.toPort ?? 65535) >= 65535
}

/** A rule as "tcp 22-22 from 0.0.0.0/0". */
export function describeRule(rule: SgRule): string {
  const ports = rule.protocol === '-1' ? 'all traffic' : `${rule.protocol} ${rule.fromPort === rule.toPort ? rule.fromPort : `${rule.fromPort}-${rule.toPort}`}`
  const src = rule.cidrIpv4 ?? rule.cidrIpv6 ?? rule.groupId ?? rule.prefixListId ?? '?'
  return `${ports} from ${src}`
}
