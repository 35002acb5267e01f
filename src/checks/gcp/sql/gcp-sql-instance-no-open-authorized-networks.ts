import { defineCheck } from '../../../evaluate/define-check.js'
import { GCP_DATA_TYPES, type SqlInstanceAttributes } from '../../../normalize/gcp/types-data.js'

/** An authorized network with prefix length 0 (0.0.0.0/0, or ::/0 should IPv6 ever be accepted) admits every address. */
function isAnyAddress(value: string): boolean {
  return /\/0$/.test(value.trim())
}

// CIS Google Cloud Foundations 6.5.
/** Authorized networks are the only network gate in front of a public IP: the whole internet must not be one. */
export default defineCheck<SqlInstanceAttributes>({
  id: 'gcp-sql-instance-no-open-authorized-networks',
  title: 'Cloud SQL instance does not authorize 0.0.0.0/0',
  resourceType: GCP_DATA_TYPES.sqlInstance,
  severity: 'high',
  categories: ['network'],
  rationale:
    'With 0.0.0.0/0 in the authorized networks any host on the internet can open a connection to the public IP, leaving only the ' +
    'database password between attackers and the data; brute force and credential stuffing follow within hours.',
  remediation: {
    steps: [
      'Replace 0.0.0.0/0 with the specific client ranges that need access, or remove the authorized networks.',
      'Prefer private IP or the Cloud SQL Auth Proxy, which need no authorized networks.',
    ],
    cli: 'gcloud sql instances patch <instance> --authorized-networks=<cidr>[,<cidr>...]  # or --clear-authorized-networks',
    terraform: 'google_sql_database_instance settings { ip_configuration { authorized_networks { value = "<specific cidr>" } } } (never "0.0.0.0/0")',
    references: ['https://cloud.google.com/sql/docs/mysql/authorize-networks', 'https://cloud.google.com/sql/docs/postgres/authorize-networks'],
  },
  applies: (r) => r.attributes.instanceType !== 'ON_PREMISES_INSTANCE',
  evaluate(instance, result) {
    const { name, authorizedNetworks, ipv4Enabled } = instance.attributes
    const open = authorizedNetworks.filter((n) => isAnyAddress(n.value))
    if (open.length === 0)
      return result.pass(`Cloud SQL instance ${name} authorizes ${authorizedNetworks.length} specific network(s) and none is 0.0.0.0/0.`)
    const which = open.map((n) => (n.name ? `${n.value} (${n.name})` : n.value)).join(', ')
    return result.fail(
      `Cloud SQL instance ${name} authorizes ${which}${ipv4Enabled ? ' on its public IP' : ', which opens it to everyone once a public IP is assigned'}.`,
    )
  },
})
