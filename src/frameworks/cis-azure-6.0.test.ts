import { describe, expect, it } from 'vitest'
import { CIS_AZURE_6_0 } from './cis-azure-6.0.js'
import { FRAMEWORKS } from './index.js'
import { complianceIndex } from './types.js'

const reqs = CIS_AZURE_6_0.requirements
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

/** Posture Azure checks that decide a CIS Microsoft Azure Foundations 6.0.0 recommendation: each must be mapped. */
const MAPPED_CHECKS = [
  // 6.1 Logging and Monitoring
  'azure-monitor-subscription-diagnostic-setting',
  'azure-monitor-subscription-diagnostic-categories',
  'azure-keyvault-vault-diagnostic-logging',
  'azure-monitor-alert-create-policy-assignment',
  'azure-monitor-alert-delete-policy-assignment',
  'azure-monitor-alert-create-update-nsg',
  'azure-monitor-alert-delete-nsg',
  'azure-monitor-alert-create-update-security-solution',
  'azure-monitor-alert-delete-security-solution',
  'azure-monitor-alert-create-update-sql-firewall-rule',
  'azure-monitor-alert-delete-sql-firewall-rule',
  'azure-monitor-alert-create-update-public-ip',
  'azure-monitor-alert-delete-public-ip',
  'azure-monitor-alert-service-health',
  // 7 Networking
  'azure-network-nsg-no-rdp-from-internet',
  'azure-network-nsg-no-ssh-from-internet',
  'azure-network-nsg-no-all-ports-from-internet',
  'azure-network-nsg-no-udp-from-internet',
  'azure-network-nsg-no-http-from-internet',
  'azure-network-watcher-enabled',
  'azure-network-vnet-subnets-have-nsg',
  // 8.1 Defender for Cloud
  'azure-defender-servers-plan-on',
  'azure-defender-containers-plan-on',
  'azure-defender-storage-plan-on',
  'azure-defender-app-service-plan-on',
  'azure-defender-databases-plan-on',
  'azure-defender-sql-plan-on',
  'azure-defender-keyvault-plan-on',
  'azure-defender-arm-plan-on',
  'azure-defender-owner-notifications',
  'azure-defender-security-contact-email',
  'azure-defender-alert-notifications-high-severity',
  // 8.3 Key Vault
  'azure-keyvault-key-expiry-set',
  'azure-keyvault-secret-expiry-set',
  'azure-keyvault-vault-purge-protection',
  'azure-keyvault-vault-rbac-authorization',
  'azure-keyvault-vault-public-network-access-disabled',
  // 9 Storage
  'azure-storage-account-blob-soft-delete',
  'azure-storage-account-container-soft-delete',
  'azure-storage-account-key-rotation-reminder',
  'azure-storage-account-shared-key-disabled',
  'azure-storage-account-public-network-access-disabled',
  'azure-storage-account-network-default-deny',
  'azure-storage-account-https-only',
  'azure-storage-account-trusted-services-bypass',
  'azure-storage-account-min-tls-12',
  'azure-storage-account-no-public-blob-access',
]

/**
 * Posture Azure checks with no recommendation in Foundations 6.0.0: database, App Service, AKS, container registry and
 * VM-disk settings live in the separate CIS Azure Database Services and Compute Services benchmarks; storage
 * customer-managed keys, infrastructure encryption and Key Vault soft delete were dropped from Foundations.
 */
const NOT_IN_BENCHMARK = [
  'azure-sql-server-auditing-enabled',
  'azure-sql-server-no-public-firewall-rule',
  'azure-sql-database-tde-enabled',
  'azure-postgresql-flexible-server-secure-transport',
  'azure-mysql-flexible-server-tls-12',
  'azure-cosmosdb-account-local-auth-disabled',
  'azure-appservice-web-app-https-only',
  'azure-aks-cluster-rbac-enabled',
  'azure-acr-registry-admin-user-disabled',
  'azure-compute-vm-managed-disks',
  'azure-compute-disk-cmk-encryption',
  'azure-storage-account-cmk-encryption',
  'azure-storage-account-infrastructure-encryption',
  'azure-keyvault-vault-soft-delete',
]

describe('CIS Microsoft Azure Foundations Benchmark 6.0.0', () => {
  it('is registered for Azure', () => {
    expect(FRAMEWORKS).toContain(CIS_AZURE_6_0)
    expect(CIS_AZURE_6_0).toMatchObject({ id: 'cis-azure', version: '6.0.0', provider: 'azure' })
  })

  it('lists all 127 recommendations once, in benchmark order, each in its section', () => {
    expect(reqs).toHaveLength(127)
    const ids = reqs.map((r) => r.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids).toEqual([...ids].sort(compareIds))
    for (const r of reqs) {
      expect(r.id).toMatch(/^[2-9](?:\.\d{1,2}){1,3}$/)
      expect(r.section.trim().length, r.id).toBeGreaterThan(0)
      expect(r.id.startsWith(`${r.section.split(' ')[0]}.`), r.id).toBe(true)
      expect(r.title.length, r.id).toBeLessThanOrEqual(80)
    }
    const perSection = Object.fromEntries(['2', '3', '5', '6', '7', '8', '9'].map((s) => [s, ids.filter((id) => id.split('.')[0] === s).length]))
    expect(perSection).toEqual({ '2': 12, '3': 1, '5': 15, '6': 24, '7': 16, '8': 38, '9': 21 })
  })

  it('pins the 38 recommendations CIS assesses manually', () => {
    expect(reqs.filter((r) => r.manual).map((r) => r.id)).toEqual([
      '2.1.3',
      '2.1.4',
      '2.1.5',
      '2.1.6',
      '2.1.8',
      '2.1.12',
      '3.1.1',
      '5.1.2',
      '5.1.4',
      '5.3.1',
      '5.3.2',
      '5.3.4',
      '5.3.5',
      '5.3.6',
      '5.3.7',
      '5.5',
      '5.6',
      '6.1.1.3',
      '6.1.1.5',
      '6.1.1.6',
      '6.1.1.7',
      '6.1.1.8',
      '6.1.1.9',
      '6.1.4',
      '6.1.5',
      '6.2',
      '7.7',
      '7.16',
      '8.1.3.2',
      '8.1.3.4',
      '8.1.3.5',
      '8.1.5.2',
      '8.1.11',
      '8.1.16',
      '8.2.1',
      '8.3.10',
      '9.3.9',
      '9.3.10',
    ])
  })

  it('maps at least 50 recommendations; the other automated ones are unmapped', () => {
    const mapped = reqs.filter((r) => r.checks.length > 0)
    expect(mapped.length).toBeGreaterThanOrEqual(50)
    expect(reqs.filter((r) => !r.manual && r.checks.length === 0).map((r) => r.id)).toEqual([
      '2.1.1',
      '2.1.2',
      '2.1.7',
      '2.1.9',
      '2.1.10',
      '2.1.11',
      '5.1.1',
      '5.1.3',
      '5.3.3',
      '5.4',
      '5.7',
      '6.1.3.1',
      '7.5',
      '7.8',
      '7.9',
      '7.10',
      '7.12',
      '7.13',
      '7.14',
      '7.15',
      '8.1.1.1',
      '8.1.2.1',
      '8.1.3.3',
      '8.1.10',
      '8.1.15',
      '8.3.8',
      '8.3.9',
      '8.3.11',
      '8.4.1',
      '8.5',
      '9.1.1',
      '9.1.2',
      '9.1.3',
      '9.2.3',
      '9.3.1.2',
      '9.3.2.1',
      '9.3.3.1',
      '9.3.7',
      '9.3.11',
    ])
  })

  it('maps every Azure check that decides a Foundations recommendation, and only Azure checks', () => {
    const mapped = new Set(reqs.flatMap((r) => r.checks))
    for (const id of MAPPED_CHECKS) expect(mapped.has(id), id).toBe(true)
    for (const id of NOT_IN_BENCHMARK) expect(mapped.has(id), id).toBe(false)
    for (const id of mapped) expect(id.startsWith('azure-'), id).toBe(true)
  })

  it('maps the key recommendations to the checks that decide them', () => {
    expect(byId('6.1.1.1').checks).toEqual(['azure-monitor-subscription-diagnostic-setting'])
    expect(byId('6.1.2.3').checks).toEqual(['azure-monitor-alert-create-update-nsg'])
    expect(byId('7.1').checks).toEqual(['azure-network-nsg-no-rdp-from-internet', 'azure-network-nsg-no-all-ports-from-internet'])
    expect(byId('7.3').checks).toEqual(['azure-network-nsg-no-udp-from-internet'])
    expect(byId('8.1.3.1').checks).toEqual(['azure-defender-servers-plan-on'])
    // One check per vault-permission-model pair (as CIS AWS maps one check to IPv4 and IPv6).
    expect(byId('8.3.1').checks).toEqual(byId('8.3.2').checks)
    expect(byId('8.3.3').checks).toEqual(['azure-keyvault-secret-expiry-set'])
    expect(byId('9.3.8').checks).toEqual(['azure-storage-account-no-public-blob-access'])
    expect(byId('9.3.1.3').checks).toEqual(['azure-storage-account-shared-key-disabled'])
  })

  it('inverts into per-check compliance references', () => {
    const lookup = complianceIndex([CIS_AZURE_6_0])
    expect(lookup('azure-defender-databases-plan-on')).toEqual([
      { framework: 'cis-azure', version: '6.0.0', requirement: '8.1.7.1' },
      { framework: 'cis-azure', version: '6.0.0', requirement: '8.1.7.2' },
    ])
    expect(lookup('azure-sql-server-auditing-enabled')).toEqual([])
  })
})
