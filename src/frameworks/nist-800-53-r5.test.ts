import { describe, expect, it } from 'vitest'
import { NIST_800_53_R5 } from './nist-800-53-r5.js'

const req = (id: string) => {
  const r = NIST_800_53_R5.requirements.find((x) => x.id === id)
  if (!r) throw new Error(`no requirement ${id}`)
  return r
}

describe('NIST SP 800-53 Rev. 5 (5.2.0)', () => {
  const reqs = NIST_800_53_R5.requirements

  it('uses the published control id format (non-padded, enhancements in parentheses)', () => {
    for (const r of reqs) expect(r.id).toMatch(/^(AC|AU|CA|CM|CP|IA|IR|RA|SA|SC|SI)-[1-9]\d?(\([1-9]\d?\))?$/)
    for (const r of reqs) expect(r.section.startsWith(`${r.id.slice(0, 2)} `)).toBe(true)
  })

  it('lists 90 cloud-evidenced controls and enhancements in catalogue order, and says so in its scope', () => {
    expect(reqs).toHaveLength(90)
    expect(NIST_800_53_R5.scope).toMatch(/cloud-configuration evidence/)
    const order = (id: string) => {
      const m = /^([A-Z]{2})-(\d+)(?:\((\d+)\))?$/.exec(id)!
      return [m[1]!, Number(m[2]), Number(m[3] ?? 0)] as const
    }
    const sorted = [...reqs].sort((a, b) => {
      const [fa, ca, ea] = order(a.id)
      const [fb, cb, eb] = order(b.id)
      return fa.localeCompare(fb) || ca - cb || ea - eb
    })
    expect(reqs.map((r) => r.id)).toEqual(sorted.map((r) => r.id))
  })

  it('keeps organisational base controls of listed enhancements as manual', () => {
    expect(reqs.filter((r) => r.manual).map((r) => r.id)).toEqual(['AU-6', 'CP-10', 'IR-4', 'SI-13'])
  })

  it('lists the automatable controls no check covers yet as unmapped', () => {
    expect(reqs.filter((r) => !r.manual && r.checks.length === 0).map((r) => r.id)).toEqual([
      'AU-9(2)',
      'AU-11',
      'CP-6',
      'IR-4(1)',
      'SC-5',
      'SC-7(4)',
      'SI-2(2)',
      'SI-3',
    ])
  })

  it('maps MFA, audit logging, encryption and boundary checks to their controls', () => {
    expect(req('IA-2(1)').checks).toEqual(['aws-iam-root-mfa-enabled', 'aws-iam-user-console-mfa-enabled'])
    expect(req('IA-2(6)').checks).toEqual(['aws-iam-root-hardware-mfa-enabled'])
    expect(req('AU-9(3)').checks).toEqual(['aws-cloudtrail-log-file-validation-enabled'])
    expect(req('AU-12(1)').checks).toEqual(['aws-cloudtrail-multi-region-trail-enabled', 'azure-monitor-subscription-diagnostic-setting'])
    expect(req('AU-12').checks).toEqual(
      expect.arrayContaining(['aws-cloudtrail-trail-logging', 'aws-vpc-flow-logs-enabled', 'aws-elbv2-access-logs-enabled']),
    )
    expect(req('SC-28(1)').checks).toEqual(
      expect.arrayContaining(['aws-ec2-volume-encrypted', 'aws-rds-instance-storage-encrypted', 'aws-s3-bucket-default-encryption-enabled']),
    )
    expect(req('SC-8(1)').checks).toEqual(expect.arrayContaining(['aws-s3-bucket-tls-only-policy', 'aws-elbv2-tls-policy-current']))
    expect(req('SC-7(11)').checks).toEqual(expect.arrayContaining(['aws-ec2-sg-no-ssh-from-internet', 'aws-ec2-sg-no-rdp-from-internet']))
    expect(req('SI-2(5)').checks).toContain('aws-rds-instance-auto-minor-upgrade')
    expect(req('CM-14').checks).toEqual(['aws-lambda-function-code-signing'])
    expect(req('IA-5(7)').checks).toEqual(expect.arrayContaining(['aws-lambda-function-env-no-secrets', 'aws-ec2-instance-user-data-no-secrets']))
  })

  it('maps the Azure and Google Cloud counterparts next to the AWS checks', () => {
    expect(req('AC-2(1)').checks).toEqual(
      expect.arrayContaining(['azure-storage-account-shared-key-disabled', 'gcp-compute-project-os-login-enabled']),
    )
    expect(req('AC-5').checks).toEqual(['gcp-iam-service-account-separation-of-duties', 'gcp-iam-kms-separation-of-duties'])
    expect(req('AC-6').checks).toEqual(expect.arrayContaining(['gcp-iam-no-primitive-roles-for-users', 'gcp-iam-service-account-no-admin-roles']))
    expect(req('AU-2').checks).toEqual(
      expect.arrayContaining(['azure-monitor-subscription-diagnostic-categories', 'gcp-iam-audit-config-all-services']),
    )
    expect(req('AU-9').checks).toContain('gcp-logging-sink-bucket-retention-locked')
    expect(req('AU-12').checks).toEqual(expect.arrayContaining(['azure-keyvault-vault-diagnostic-logging', 'gcp-storage-bucket-access-logging']))
    expect(req('AU-12').checks).not.toContain('gcp-iam-audit-config-all-services')
    expect(req('CM-3').checks).toEqual(expect.arrayContaining(['azure-monitor-alert-create-update-nsg', 'gcp-logging-metric-alert-firewall-changes']))
    expect(req('SC-7(11)').checks).toEqual(
      expect.arrayContaining(['azure-network-nsg-no-rdp-from-internet', 'gcp-compute-firewall-no-ssh-from-internet']),
    )
    expect(req('SC-28(1)').checks).toEqual(expect.arrayContaining(['azure-sql-database-tde-enabled']))
    expect(req('SI-4(1)').checks).toEqual(expect.arrayContaining(['azure-defender-servers-plan-on', 'azure-sql-server-defender-enabled']))
    expect(req('SI-4(12)').checks).toEqual(expect.arrayContaining(['azure-monitor-alert-delete-nsg', 'gcp-logging-metric-alert-route-changes']))
    expect(req('SI-4(12)').checks).not.toContain('azure-monitor-alert-service-health')
  })

  it('does not count customer-managed-key checks as evidence of encryption at rest', () => {
    const cmk = [
      'aws-dynamodb-table-cmk-encrypted',
      'aws-kinesis-stream-cmk',
      'aws-secretsmanager-secret-encrypted-with-cmk',
      'aws-msk-cluster-cmk',
      'azure-storage-account-cmk-encryption',
      'azure-compute-disk-cmk-encryption',
      'azure-sql-server-tde-cmk',
      'gcp-bigquery-dataset-cmk',
    ]
    for (const id of ['SC-28', 'SC-28(1)']) for (const c of cmk) expect(req(id).checks).not.toContain(c)
  })
})
