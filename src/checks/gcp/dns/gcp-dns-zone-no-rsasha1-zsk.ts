import { defineCheck } from '../../../evaluate/define-check.js'
import { GCP_COMPUTE_TYPES, type GcpDnsManagedZoneAttributes } from '../../../normalize/gcp/types-compute.js'
import { isSignedPublicZone, judgeKeyAlgorithm } from '../../_shared/gcp-dnssec.js'

/** CIS GCP 3.5: the zone-signing key of a DNSSEC-signed zone does not use RSASHA1. */
export default defineCheck<GcpDnsManagedZoneAttributes>({
  id: 'gcp-dns-zone-no-rsasha1-zsk',
  title: 'DNSSEC zone-signing key of a Cloud DNS zone does not use RSASHA1',
  resourceType: GCP_COMPUTE_TYPES.dnsManagedZone,
  severity: 'medium',
  categories: ['encryption'],
  rationale:
    'RSASHA1 relies on SHA-1, for which practical chosen-prefix collisions exist; RFC 8624 says it must not be used for signing. ' +
    'The zone-signing key signs every record set of the zone, so a forged signature lets an attacker serve altered records that validate.',
  remediation: {
    steps: [
      'Turn DNSSEC off for the zone (after removing the DS record at the registrar and waiting for its TTL).',
      'Set the zone-signing key spec to RSASHA256 or ECDSAP256SHA256, turn DNSSEC on again and publish the new DS record.',
    ],
    cli: 'gcloud dns managed-zones update <zone> --dnssec-state on --ksk-algorithm ECDSAP256SHA256 --ksk-key-length 256 --zsk-algorithm ECDSAP256SHA256 --zsk-key-length 256',
    terraform:
      'google_dns_managed_zone: dnssec_config { state = "on", default_key_specs { key_type = "zoneSigning", algorithm = "ecdsap256sha256", key_length = 256 } }.',
    references: ['https://cloud.google.com/dns/docs/dnssec-advanced#advanced-signing-options', 'https://cloud.google.com/dns/docs/dnssec-config'],
  },
  // Only signed public zones have keys; unsigned ones are reported by gcp-dns-zone-dnssec-enabled.
  applies: isSignedPublicZone,
  evaluate(zone, result) {
    return judgeKeyAlgorithm(zone, 'zoneSigning', result)
  },
})
