import { defineCheck } from '../../../evaluate/define-check.js'
import { GCP_COMPUTE_TYPES, type GcpDnsManagedZoneAttributes } from '../../../normalize/gcp/types-compute.js'

/** CIS GCP 3.3: public Cloud DNS zones are signed with DNSSEC (state "on", or "transfer" while moving providers). */
export default defineCheck<GcpDnsManagedZoneAttributes>({
  id: 'gcp-dns-zone-dnssec-enabled',
  title: 'Public Cloud DNS zone has DNSSEC enabled',
  resourceType: GCP_COMPUTE_TYPES.dnsManagedZone,
  severity: 'medium',
  categories: ['network'],
  rationale:
    'Without DNSSEC, resolvers cannot tell forged answers from real ones, so DNS spoofing and cache poisoning can redirect users of the domain to an attacker; ' +
    'DNSSEC signs the zone so validating resolvers reject tampered records.',
  remediation: {
    steps: ['Turn DNSSEC on for the zone.', 'Publish the DS record that Cloud DNS shows for the zone at the domain registrar.'],
    cli: 'gcloud dns managed-zones update <zone> --dnssec-state on',
    terraform: 'google_dns_managed_zone: dnssec_config { state = "on" }.',
    references: ['https://cloud.google.com/dns/docs/dnssec-config', 'https://cloud.google.com/dns/docs/dnssec'],
  },
  // DNSSEC applies to zones served on the internet; private zones are answered only inside VPC networks.
  applies: (zone) => zone.attributes.visibility === 'public',
  evaluate(zone, result) {
    const { dnsName, dnssecState } = zone.attributes
    // "transfer" is DNSSEC on while a signed zone moves between providers (gcloud dns managed-zones update --dnssec-state).
    if (dnssecState === 'on') return result.pass(`Zone ${zone.name} (${dnsName}) is signed with DNSSEC.`)
    if (dnssecState === 'transfer') return result.pass(`Zone ${zone.name} (${dnsName}) is signed with DNSSEC (transfer state).`)
    return result.fail(`Zone ${zone.name} (${dnsName}) has DNSSEC turned off.`)
  },
})
