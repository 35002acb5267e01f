/**
 * Azure NSG rule evaluation for "open to the internet" checks. Azure evaluates the inbound rules of a group (custom
 * and default together) in ascending priority order and the first rule matching the traffic decides
 * (https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview#security-rules). An Allow rule
 * whose source is the whole internet is reported unless, for every port and address family it admits, a Deny rule of
 * higher precedence matches the same traffic. Only Deny rules that certainly match count: internet-wide source, a
 * protocol and port range covering the traffic, and a destination covering the Allow rule's destination.
 * Also here: the subnets exempt from the NSG requirement, and the VM → NIC lookup the VM network checks share.
 */
import type { Resource } from '../../core/resource.js'
import type { ResultBuilder, Verdict } from '../../evaluate/define-check.js'
import type { Inventory } from '../../core/inventory.js'
import { azureUid } from '../../normalize/azure/helpers.js'
import { AZURE_COMPUTE_TYPES, type NicAttributes, type NsgAttributes, type NsgRule, type VmAttributes } from '../../normalize/azure/types-compute.js'

/** Transport protocols the checks ask about. */
export type NsgProtocol = 'Tcp' | 'Udp'

/** An inclusive port span. */
export interface PortSpan {
  from: number
  to: number
}

/** The traffic a check asks about: any port of `ports` over any of `protocols`, from the internet. */
export interface InternetQuery {
  protocols: readonly NsgProtocol[]
  ports: readonly PortSpan[]
  /** Only Allow rules whose port ranges cover a whole span (e.g. "all ports" checks) count. */
  wholeSpan?: boolean
}

type Family = 'v4' | 'v6'

/** Every TCP/UDP port. */
export const ALL_PORTS: PortSpan = { from: 0, to: 65535 }

/** Parses an NSG port range ('*', '22', '1024-65535'); null when unparsable. */
export function parsePortRange(range: string): PortSpan | null {
  const s = range.trim()
  if (s === '*' || s.toLowerCase() === 'any') return ALL_PORTS
  const m = /^(\d+)(?:\s*-\s*(\d+))?$/.exec(s)
  if (!m) return null
  const from = Number(m[1])
  const to = m[2] === undefined ? from : Number(m[2])
  return from <= to ? { from, to } : null
}

/** A rule's destination port spans ('*' when it lists none). */
function spansOf(rule: NsgRule): PortSpan[] {
  if (rule.destinationPortRanges.length === 0) return [ALL_PORTS]
  return rule.destinationPortRanges.map(parsePortRange).filter((s): s is PortSpan => s !== null)
}

/**
 * Address families of the internet an address prefix stands for: '*', 'Any' and the 'Internet' service tag cover
 * both; '0.0.0.0/0' (and the bare '0.0.0.0' CIS lists) IPv4; '::/0' IPv6. Any other prefix or tag is narrower.
 */
export function internetFamilies(prefix: string): Family[] {
  const p = prefix.trim().toLowerCase()
  if (p === '*' || p === 'any' || p === 'internet') return ['v4', 'v6']
  if (p === '0.0.0.0' || (p.endsWith('/0') && p.includes('.'))) return ['v4']
  if (p === '::' || (p.endsWith('/0') && p.includes(':'))) return ['v6']
  return []
}

/** True when an address prefix (or service tag) means the whole internet. */
export function isInternetPrefix(prefix: string): boolean {
  return internetFamilies(prefix).length > 0
}

/** Internet families a rule's sources cover (none when it names application security groups or narrower prefixes). */
function sourceFamilies(rule: NsgRule): Set<Family> {
  return new Set(rule.sourceAddressPrefixes.flatMap(internetFamilies))
}

/** True when a rule's protocol ('*', Tcp, Udp, Icmp, ...) covers `protocol`. */
export function protocolCovers(ruleProtocol: string, protocol: NsgProtocol): boolean {
  const p = ruleProtocol.trim().toLowerCase()
  return p === '*' || p === 'any' || p === protocol.toLowerCase()
}

/**
 * True when `deny`'s destination certainly covers `allow`'s for traffic of `family`: '*' covers everything;
 * 'VirtualNetwork' covers every inbound destination (an NSG filters traffic to addresses in its virtual network);
 * 0.0.0.0/0 and ::/0 cover their family; otherwise every destination of the Allow rule must be listed by the Deny rule.
 */
function destinationCovers(deny: NsgRule, allow: NsgRule, family: Family): boolean {
  const denyDst = deny.destinationAddressPrefixes.map((p) => p.trim().toLowerCase())
  if (denyDst.some((p) => p === '*' || p === 'any' || p === 'virtualnetwork')) return true
  if (denyDst.some((p) => p.endsWith('/0') && internetFamilies(p).includes(family))) return true
  const allowDst = allow.destinationAddressPrefixes.map((p) => p.trim().toLowerCase())
  const asgs = new Set(deny.destinationApplicationSecurityGroupIds.map((g) => g.toLowerCase()))
  if (allowDst.length === 0 && allow.destinationApplicationSecurityGroupIds.length === 0) return false
  return allowDst.every((p) => denyDst.includes(p)) && allow.destinationApplicationSecurityGroupIds.every((g) => asgs.has(g.toLowerCase()))
}

/** True when a Deny rule of higher precedence than `allow` drops internet traffic of `family` on `port` over `protocol`. */
function shadowed(denies: readonly NsgRule[], allow: NsgRule, protocol: NsgProtocol, family: Family, port: number): boolean {
  return denies.some(
    (d) =>
      d.priority < allow.priority &&
      protocolCovers(d.protocol, protocol) &&
      sourceFamilies(d).has(family) &&
      spansOf(d).some((s) => s.from <= port && port <= s.to) &&
      destinationCovers(d, allow, family),
  )
}

/** The parts of `rule`'s port spans inside `span` (all of `span` when `whole` and a rule span covers it, else none). */
function overlap(rule: NsgRule, span: PortSpan, whole: boolean): PortSpan[] {
  const spans = spansOf(rule)
  if (whole) return spans.some((s) => s.from <= span.from && span.to <= s.to) ? [span] : []
  return spans.filter((s) => s.from <= span.to && span.from <= s.to).map((s) => ({ from: Math.max(s.from, span.from), to: Math.min(s.to, span.to) }))
}

/**
 * Ports where the Deny rules' coverage may change inside `span`: its start and every Deny range edge within it. The
 * "shadowed" predicate is constant between consecutive points, so testing them decides the whole span exactly.
 */
function probePorts(denies: readonly NsgRule[], span: PortSpan): number[] {
  const points = new Set([span.from])
  for (const s of denies.flatMap(spansOf)) {
    if (s.from > span.from && s.from <= span.to) points.add(s.from)
    if (s.to + 1 > span.from && s.to + 1 <= span.to) points.add(s.to + 1)
  }
  return [...points]
}

/** Every inbound rule of a group, custom and default, in evaluation order (ascending priority). */
export function inboundRules(nsg: Pick<NsgAttributes, 'securityRules' | 'defaultSecurityRules'>): NsgRule[] {
  return [...nsg.securityRules, ...nsg.defaultSecurityRules].filter((r) => r.direction === 'Inbound').sort((a, b) => a.priority - b.priority)
}

/** True when `allow` admits internet traffic the query asks about on at least one port and family. */
function admits(allow: NsgRule, denies: readonly NsgRule[], query: InternetQuery): boolean {
  const families = [...sourceFamilies(allow)]
  for (const protocol of query.protocols.filter((p) => protocolCovers(allow.protocol, p))) {
    for (const span of query.ports.flatMap((s) => overlap(allow, s, query.wholeSpan ?? false))) {
      const ports = probePorts(denies, span)
      if (families.some((f) => ports.some((port) => !shadowed(denies, allow, protocol, f, port)))) return true
    }
  }
  return false
}

/**
 * The inbound Allow rules of a group that let traffic from the whole internet reach a port of the query, after the
 * Deny rules of higher precedence (lower priority number) are taken into account.
 */
export function internetAllowRules(nsg: Pick<NsgAttributes, 'securityRules' | 'defaultSecurityRules'>, query: InternetQuery): NsgRule[] {
  const rules = inboundRules(nsg)
  const denies = rules.filter((r) => r.access === 'Deny')
  return rules.filter((r) => r.access === 'Allow' && sourceFamilies(r).size > 0 && admits(r, denies, query))
}

/** A rule as "AllowSSH (priority 300: Tcp 22 from Internet)". */
export function describeNsgRule(rule: NsgRule): string {
  const ports = rule.destinationPortRanges.length > 0 ? rule.destinationPortRanges.join(',') : '*'
  const sources = rule.sourceAddressPrefixes.join(',') || '?'
  return `${rule.name} (priority ${rule.priority}: ${rule.protocol} ${ports} from ${sources})`
}

/**
 * The verdict of an "NSG does not admit <service> from the internet" check: FAIL naming the Allow rules that let
 * internet traffic of the query through after higher-precedence Deny rules, PASS otherwise.
 */
export function nsgExposureVerdict(nsg: Resource<NsgAttributes>, result: ResultBuilder, query: InternetQuery, what: string): Verdict {
  const open = internetAllowRules(nsg.attributes, query)
  return open.length === 0
    ? result.pass(`NSG ${nsg.name} admits no ${what} from the internet.`)
    : result.fail(`NSG ${nsg.name} admits ${what} from the internet through ${open.map(describeNsgRule).join(', ')}.`)
}

/**
 * Subnets reserved for Azure services that do not support an NSG, or manage their own filtering:
 * GatewaySubnet (VPN/ExpressRoute gateways: NSGs are not supported there), AzureFirewallSubnet and
 * AzureFirewallManagementSubnet (the firewall is the filter; NSGs are not supported), RouteServerSubnet (not supported),
 * AzureBastionSubnet (Bastion is the hardened entry point; an NSG there is optional and must carry Bastion's own rules).
 * https://learn.microsoft.com/azure/vpn-gateway/vpn-gateway-about-vpn-gateway-settings#gwsub,
 * https://learn.microsoft.com/azure/firewall/firewall-faq, https://learn.microsoft.com/azure/bastion/bastion-nsg
 */
export const NSG_EXEMPT_SUBNETS = ['gatewaysubnet', 'azurefirewallsubnet', 'azurefirewallmanagementsubnet', 'routeserversubnet', 'azurebastionsubnet']

/** True when a subnet is one of the reserved subnets exempt from the NSG requirement. */
export function isNsgExemptSubnet(name: string): boolean {
  return NSG_EXEMPT_SUBNETS.includes(name.toLowerCase())
}

/**
 * The NICs of a VM, looked up in the complete NIC inventory of its subscription (throws NotCollectedError, hence
 * ERROR, when that list failed), and the ids of NICs the VM names that were not collected.
 */
export function vmNics(vm: Resource<VmAttributes>, inventory: Inventory): { nics: Resource<NicAttributes>[]; missing: string[] } {
  const byUid = new Map(inventory.resources<NicAttributes>(AZURE_COMPUTE_TYPES.nic, { account: vm.account }).map((n) => [n.uid, n]))
  const nics: Resource<NicAttributes>[] = []
  const missing: string[] = []
  for (const id of vm.attributes.networkInterfaceIds) {
    const nic = byUid.get(azureUid(id))
    if (nic) nics.push(nic)
    else missing.push(id.split('/').pop() ?? id)
  }
  return { nics, missing }
}
