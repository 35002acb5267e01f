import { defineCheck } from '../../../evaluate/define-check.js'
import { GCP_DATA_TYPES, type SqlInstanceAttributes } from '../../../normalize/gcp/types-data.js'

// CIS Google Cloud Foundations 6.6.
/** Databases should be reached over private IP (or the Auth Proxy through it), not a public address. */
export default defineCheck<SqlInstanceAttributes>({
  id: 'gcp-sql-instance-no-public-ip',
  title: 'Cloud SQL instance has no public IP address',
  resourceType: GCP_DATA_TYPES.sqlInstance,
  severity: 'medium',
  categories: ['network'],
  rationale:
    'A public IP puts the database one authorized-network mistake away from the internet and exposes it to scanning; a private IP ' +
    'keeps it inside the VPC, reachable through Private Service Access, peering or the Cloud SQL Auth Proxy.',
  remediation: {
    steps: [
      'Configure private IP on the instance (Private Service Access on the VPC).',
      'Move clients to the private address or the Cloud SQL Auth Proxy over it.',
      'Disable the public IP.',
    ],
    cli: 'gcloud sql instances patch <instance> --network=projects/<project>/global/networks/<vpc> --no-assign-ip',
    terraform: 'google_sql_database_instance settings { ip_configuration { ipv4_enabled = false  private_network = <network id> } }',
    references: ['https://cloud.google.com/sql/docs/mysql/configure-private-ip', 'https://cloud.google.com/sql/docs/postgres/configure-ip'],
  },
  applies: (r) => r.attributes.instanceType !== 'ON_PREMISES_INSTANCE',
  evaluate(instance, result) {
    const { name, ipv4Enabled, publicIpAddresses } = instance.attributes
    if (!ipv4Enabled) return result.pass(`Cloud SQL instance ${name} has no public IPv4 address.`)
    const shown = publicIpAddresses.length > 0 ? ` (${publicIpAddresses.join(', ')})` : ''
    return result.fail(`Cloud SQL instance ${name} has a public IPv4 address${shown}.`)
  },
})
