import { describe, expect, it } from 'vitest'
import { CIS_GCP_5_0 } from './cis-gcp-5.0.js'
import { FRAMEWORKS } from './index.js'
import { complianceIndex } from './types.js'

const reqs = CIS_GCP_5_0.requirements
const byId = (id: string) => {
  const r = reqs.find((x) => x.id === id)
  if (!r) throw new Error(`no recommendation ${id}`)
  return r
}
const numeric = (id: string) => id.split('.').map(Number)
const compareIds = (a: string, b: string) => {
  const [x, y] = [numeric(a), numeric(b)]
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? -1) !== (y[i] ?? -1)) return (x[i] ?? -1) - (y[i] ?? -1)
  return 0
}

/**
 * Posture Google Cloud checks written against a CIS Google Cloud Platform Foundation recommendation, with the v5.0.0
 * id each decides (v5.0.0 renumbered sections 1 and 2 against the v3/v4 numbers the checks were specified with).
 */
const CIS_CHECKS: Record<string, string> = {
  'gcp-iam-service-account-no-user-managed-keys': '1.5',
  'gcp-iam-service-account-no-admin-roles': '1.6',
  'gcp-iam-no-project-level-service-account-user': '1.7',
  'gcp-iam-service-account-keys-rotated-90-days': '1.8',
  'gcp-iam-service-account-separation-of-duties': '1.9',
  'gcp-kms-key-not-public': '1.10',
  'gcp-kms-key-rotation-90-days': '1.11',
  'gcp-iam-kms-separation-of-duties': '1.12',
  'gcp-iam-audit-config-all-services': '2.1',
  'gcp-logging-sink-all-entries': '2.3',
  'gcp-logging-sink-bucket-retention-locked': '2.4',
  'gcp-logging-metric-alert-project-ownership-changes': '2.5',
  'gcp-logging-metric-alert-audit-config-changes': '2.6',
  'gcp-logging-metric-alert-custom-role-changes': '2.7',
  'gcp-logging-metric-alert-firewall-changes': '2.8',
  'gcp-logging-metric-alert-route-changes': '2.9',
  'gcp-logging-metric-alert-network-changes': '2.10',
  'gcp-logging-metric-alert-storage-iam-changes': '2.11',
  'gcp-logging-metric-alert-sql-config-changes': '2.12',
  'gcp-vpc-network-dns-logging': '2.13',
  'gcp-vpc-no-default-network': '3.1',
  'gcp-vpc-no-legacy-network': '3.2',
  'gcp-dns-zone-dnssec-enabled': '3.3',
  'gcp-dns-zone-no-rsasha1-ksk': '3.4',
  'gcp-dns-zone-no-rsasha1-zsk': '3.5',
  'gcp-compute-firewall-no-ssh-from-internet': '3.6',
  'gcp-compute-firewall-no-rdp-from-internet': '3.7',
  'gcp-vpc-subnet-flow-logs': '3.10',
  'gcp-compute-instance-no-default-service-account': '4.1',
  'gcp-compute-instance-no-default-sa-full-api-access': '4.2',
  'gcp-compute-instance-block-project-ssh-keys': '4.3',
  'gcp-compute-project-os-login-enabled': '4.4',
  'gcp-compute-instance-serial-port-disabled': '4.5',
  'gcp-compute-instance-no-ip-forwarding': '4.6',
  'gcp-compute-instance-shielded-vm': '4.8',
  'gcp-compute-instance-no-public-ip': '4.9',
  'gcp-storage-bucket-not-public': '5.1',
  'gcp-storage-bucket-uniform-access': '5.2',
  'gcp-sql-mysql-skip-show-database-on': '6.1.2',
  'gcp-sql-mysql-local-infile-off': '6.1.3',
  'gcp-sql-postgres-log-connections-on': '6.2.2',
  'gcp-sql-postgres-log-disconnections-on': '6.2.3',
  'gcp-sql-postgres-log-min-duration-statement-disabled': '6.2.7',
  'gcp-sql-postgres-pgaudit-on': '6.2.8',
  'gcp-sql-sqlserver-external-scripts-off': '6.3.1',
  'gcp-sql-sqlserver-cross-db-ownership-chaining-off': '6.3.2',
  'gcp-sql-sqlserver-contained-db-auth-off': '6.3.7',
  'gcp-sql-instance-ssl-required': '6.4',
  'gcp-sql-instance-no-open-authorized-networks': '6.5',
  'gcp-sql-instance-no-public-ip': '6.7',
  'gcp-sql-instance-automated-backups': '6.8',
  'gcp-bigquery-dataset-not-public': '7.1',
  'gcp-bigquery-dataset-cmk': '7.3',
}

/** Posture Google Cloud checks with no Foundation recommendation (GKE has its own CIS benchmark). */
const NOT_IN_BENCHMARK = [
  'gcp-gke-cluster-private-nodes',
  'gcp-gke-cluster-legacy-abac-disabled',
  'gcp-gke-cluster-workload-identity',
  'gcp-gke-cluster-master-authorized-networks',
  'gcp-iam-no-primitive-roles-for-users',
  'gcp-iam-no-public-project-bindings',
  'gcp-storage-bucket-public-access-prevention',
  'gcp-storage-bucket-versioning',
  'gcp-storage-bucket-access-logging',
]

describe('CIS Google Cloud Platform Foundation Benchmark 5.0.0', () => {
  it('is registered for Google Cloud', () => {
    expect(FRAMEWORKS).toContain(CIS_GCP_5_0)
    expect(CIS_GCP_5_0).toMatchObject({ id: 'cis-gcp', version: '5.0.0', provider: 'gcp' })
  })

  it('lists all 93 recommendations once, in benchmark order, each in its section', () => {
    expect(reqs).toHaveLength(93)
    const ids = reqs.map((r) => r.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids).toEqual([...ids].sort(compareIds))
    for (const r of reqs) {
      expect(r.id).toMatch(/^[1-8](?:\.\d{1,2}){1,2}$/)
      expect(r.section.trim().length, r.id).toBeGreaterThan(0)
      expect(r.id.startsWith(`${r.section.split(' ')[0]}.`), r.id).toBe(true)
      expect(r.title.length, r.id).toBeLessThanOrEqual(80)
    }
    const perSection = Object.fromEntries(['1', '2', '3', '4', '5', '6', '7', '8'].map((s) => [s, ids.filter((id) => id.split('.')[0] === s).length]))
    expect(perSection).toEqual({ '1': 21, '2': 17, '3': 12, '4': 12, '5': 2, '6': 24, '7': 4, '8': 1 })
  })

  it('pins the 22 recommendations CIS assesses manually', () => {
    expect(reqs.filter((r) => r.manual).map((r) => r.id)).toEqual([
      '1.1.1',
      '1.1.2',
      '1.1.3',
      '1.1.4',
      '1.2',
      '1.3',
      '1.4',
      '1.14',
      '1.18',
      '2.2',
      '2.15',
      '2.16',
      '3.8',
      '3.9',
      '3.11',
      '3.12',
      '4.10',
      '4.12',
      '6.1.1',
      '6.6',
      '6.9',
      '7.4',
    ])
  })

  it('maps at least 53 recommendations; the other automated ones are unmapped', () => {
    expect(reqs.filter((r) => r.checks.length > 0).length).toBeGreaterThanOrEqual(53)
    expect(reqs.filter((r) => !r.manual && r.checks.length === 0).map((r) => r.id)).toEqual([
      '1.13',
      '1.15',
      '1.16',
      '1.17',
      '2.14',
      '2.17',
      '4.7',
      '4.11',
      '6.2.1',
      '6.2.4',
      '6.2.5',
      '6.2.6',
      '6.3.3',
      '6.3.4',
      '6.3.5',
      '6.3.6',
      '7.2',
      '8.1',
    ])
  })

  it('maps every check written against a CIS recommendation to its v5.0.0 id, and only Google Cloud checks', () => {
    for (const [check, id] of Object.entries(CIS_CHECKS)) expect(byId(id).checks, check).toContain(check)
    const mapped = new Set(reqs.flatMap((r) => r.checks))
    for (const id of NOT_IN_BENCHMARK) expect(mapped.has(id), id).toBe(false)
    for (const id of mapped) expect(id.startsWith('gcp-'), id).toBe(true)
    // Each CIS check decides exactly one recommendation, except the all-ports rule that opens SSH and RDP alike.
    const lookup = complianceIndex([CIS_GCP_5_0])
    for (const check of Object.keys(CIS_CHECKS)) expect(lookup(check), check).toHaveLength(1)
    expect(lookup('gcp-compute-firewall-no-all-ports-from-internet').map((r) => r.requirement)).toEqual(['3.6', '3.7'])
  })

  it('maps the key recommendations to the checks that decide them', () => {
    expect(byId('2.1').checks).toEqual(['gcp-iam-audit-config-all-services'])
    expect(byId('3.6').checks).toEqual(['gcp-compute-firewall-no-ssh-from-internet', 'gcp-compute-firewall-no-all-ports-from-internet'])
    expect(byId('5.1').checks).toEqual(['gcp-storage-bucket-not-public'])
    expect(byId('6.4').checks).toEqual(['gcp-sql-instance-ssl-required'])
    expect(byId('7.1').checks).toEqual(['gcp-bigquery-dataset-not-public'])
  })
})
