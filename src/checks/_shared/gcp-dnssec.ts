/**
 * DNSSEC key algorithm test shared by the RSASHA1 checks (CIS GCP 3.4 / 3.5): what a signed public zone uses for one
 * key type, from its default key specs (what Cloud DNS creates keys with) and its active keys (what signs today).
 */
import { known } from '../../core/unknown.js'
import type { Resource } from '../../core/resource.js'
import type { GcpDnsManagedZoneAttributes, GcpDnsKeySpec } from '../../normalize/gcp/types-compute.js'
import type { ResultBuilder, Verdict } from '../../evaluate/define-check.js'

const ROLE: Record<GcpDnsKeySpec['keyType'], string> = { keySigning: 'key-signing key', zoneSigning: 'zone-signing key' }

/** True for a public zone with DNSSEC on (or in transfer): one that has signing keys. */
export function isSignedPublicZone(zone: Resource<GcpDnsManagedZoneAttributes>): boolean {
  return zone.attributes.visibility === 'public' && zone.attributes.dnssecState !== 'off'
}

/**
 * FAIL when the zone's default key spec or an active key of `keyType` uses RSASHA1; PASS when neither does. A weak
 * spec fails on its own; otherwise the active keys must have been read (ERROR when dnsKeys.list failed).
 */
export function judgeKeyAlgorithm(zone: Resource<GcpDnsManagedZoneAttributes>, keyType: GcpDnsKeySpec['keyType'], result: ResultBuilder): Verdict {
  const role = ROLE[keyType]
  const { dnsName, defaultKeySpecs } = zone.attributes
  const spec = defaultKeySpecs.find((s) => s.keyType === keyType && s.algorithm === 'rsasha1')
  if (spec) return result.fail(`Zone ${zone.name} (${dnsName}) creates its ${role} with RSASHA1 (default key spec).`)
  const keys = (known(zone.attributes.dnsKeys, 'DNSSEC keys') ?? []).filter((k) => k.keyType === keyType && k.isActive)
  const weak = keys.filter((k) => k.algorithm === 'rsasha1')
  if (weak.length > 0)
    return result.fail(`Zone ${zone.name} (${dnsName}) signs with an active RSASHA1 ${role} (key ${weak.map((k) => k.id).join(', ')}).`)
  const algorithms = [...new Set([...keys.map((k) => k.algorithm), ...defaultKeySpecs.filter((s) => s.keyType === keyType).map((s) => s.algorithm)])]
  return algorithms.length === 0
    ? result.pass(`Zone ${zone.name} (${dnsName}) has no ${role} using RSASHA1.`)
    : result.pass(`Zone ${zone.name} (${dnsName}) uses ${algorithms.join(', ').toUpperCase()} for its ${role}.`)
}
