import { describe, expect, it } from 'vitest'
import { NIST_CSF_2_0 } from './nist-csf-2.0.js'

const req = (id: string) => {
  const r = NIST_CSF_2_0.requirements.find((x) => x.id === id)
  if (!r) throw new Error(`no requirement ${id}`)
  return r
}

describe('NIST CSF 2.0', () => {
  const reqs = NIST_CSF_2_0.requirements

  it('uses the published subcategory id format; each sits in its category section', () => {
    for (const r of reqs) expect(r.id).toMatch(/^(GV|ID|PR|DE|RS|RC)\.[A-Z]{2}-\d{2}$/)
    for (const r of reqs) expect(r.section.startsWith(`${r.id.slice(0, 5)} `)).toBe(true)
  })

  it('lists all 106 subcategories in 22 categories, with the gaps CSF 2.0 left in the numbering', () => {
    expect(reqs).toHaveLength(106)
    expect(new Set(reqs.map((r) => r.section)).size).toBe(22)
    const perFunction = Object.fromEntries(['GV', 'ID', 'PR', 'DE', 'RS', 'RC'].map((f) => [f, reqs.filter((r) => r.id.startsWith(f)).length]))
    expect(perFunction).toEqual({ GV: 31, ID: 21, PR: 22, DE: 11, RS: 13, RC: 8 })
    const ids = reqs.map((r) => r.id)
    expect(ids.filter((id) => id.startsWith('PR.DS'))).toEqual(['PR.DS-01', 'PR.DS-02', 'PR.DS-10', 'PR.DS-11'])
    expect(ids.filter((id) => id.startsWith('DE.CM'))).toEqual(['DE.CM-01', 'DE.CM-02', 'DE.CM-03', 'DE.CM-06', 'DE.CM-09'])
    expect(ids).not.toContain('ID.AM-06')
    expect(ids).not.toContain('RS.CO-01')
  })

  it('treats Govern and most of Identify, Respond and Recover as manual', () => {
    const manual = reqs.filter((r) => r.manual).map((r) => r.id)
    expect(manual).toHaveLength(77)
    expect(reqs.filter((r) => r.id.startsWith('GV.')).every((r) => r.manual)).toBe(true)
    expect(reqs.filter((r) => r.id.startsWith('RC.')).every((r) => r.manual)).toBe(true)
    expect(manual.filter((id) => !id.startsWith('GV.') && !id.startsWith('RC.'))).toEqual([
      'ID.AM-01',
      'ID.AM-03',
      'ID.AM-04',
      'ID.AM-05',
      'ID.RA-02',
      'ID.RA-03',
      'ID.RA-04',
      'ID.RA-05',
      'ID.RA-06',
      'ID.RA-07',
      'ID.RA-08',
      'ID.RA-10',
      'ID.IM-01',
      'ID.IM-02',
      'ID.IM-03',
      'ID.IM-04',
      'PR.AA-02',
      'PR.AA-06',
      'PR.AT-01',
      'PR.AT-02',
      'PR.PS-03',
      'PR.IR-02',
      'DE.CM-02',
      'DE.CM-06',
      'DE.AE-04',
      'DE.AE-08',
      'RS.MA-01',
      'RS.MA-02',
      'RS.MA-03',
      'RS.MA-04',
      'RS.MA-05',
      'RS.AN-03',
      'RS.AN-06',
      'RS.AN-08',
      'RS.CO-02',
      'RS.CO-03',
      'RS.MI-01',
      'RS.MI-02',
    ])
  })

  it('lists the automatable subcategories no check covers yet as unmapped', () => {
    expect(reqs.filter((r) => !r.manual && r.checks.length === 0).map((r) => r.id)).toEqual(['ID.AM-07', 'PR.AA-04', 'PR.IR-04'])
  })

  it('maps identity, data security, platform and detection checks to their subcategories', () => {
    expect(req('PR.AA-03').checks).toEqual(
      expect.arrayContaining(['aws-iam-root-mfa-enabled', 'aws-iam-user-console-mfa-enabled', 'aws-iam-password-policy-min-length']),
    )
    expect(req('PR.AA-05').checks).toEqual(expect.arrayContaining(['aws-iam-policy-no-full-admin', 'aws-s3-bucket-policy-no-public-read']))
    expect(req('PR.DS-01').checks).toEqual(expect.arrayContaining(['aws-ec2-volume-encrypted', 'aws-rds-snapshot-not-public']))
    expect(req('PR.DS-01').checks).not.toContain('aws-dynamodb-table-cmk-encrypted')
    expect(req('PR.DS-02').checks).toEqual(expect.arrayContaining(['aws-s3-bucket-tls-only-policy', 'aws-cloudfront-viewer-https-required']))
    expect(req('PR.DS-11').checks).toEqual(expect.arrayContaining(['aws-backup-plan-exists-in-region', 'aws-dynamodb-table-pitr-enabled']))
    expect(req('PR.PS-02').checks).toEqual(expect.arrayContaining(['aws-lambda-function-runtime-supported', 'aws-rds-instance-auto-minor-upgrade']))
    expect(req('PR.PS-04').checks).toEqual(expect.arrayContaining(['aws-cloudtrail-multi-region-trail-enabled', 'aws-vpc-flow-logs-enabled']))
    expect(req('PR.IR-01').checks).toEqual(expect.arrayContaining(['aws-ec2-sg-no-ssh-from-internet', 'aws-rds-instance-not-public']))
    expect(req('DE.CM-01').checks).toEqual(expect.arrayContaining(['aws-vpc-flow-logs-enabled', 'aws-guardduty-enabled']))
    expect(req('DE.AE-03').checks).toEqual(['aws-securityhub-enabled'])
    expect(req('ID.AM-02').checks).toEqual(['aws-config-recorder-enabled'])
  })

  it('maps the Azure and Google Cloud counterparts next to the AWS checks', () => {
    expect(req('PR.AA-01').checks).toEqual(
      expect.arrayContaining(['gcp-iam-service-account-keys-rotated-90-days', 'azure-keyvault-secret-expiry-set']),
    )
    expect(req('PR.AA-05').checks).toEqual(expect.arrayContaining(['gcp-iam-no-primitive-roles-for-users', 'gcp-storage-bucket-not-public']))
    expect(req('PR.DS-01').checks).toEqual(expect.arrayContaining(['azure-sql-database-tde-enabled', 'gcp-bigquery-dataset-not-public']))
    expect(req('PR.DS-01').checks).not.toContain('gcp-bigquery-dataset-cmk')
    expect(req('PR.DS-02').checks).toEqual(expect.arrayContaining(['azure-storage-account-min-tls-12', 'gcp-dns-zone-dnssec-enabled']))
    expect(req('PR.DS-11').checks).toEqual(expect.arrayContaining(['gcp-sql-instance-automated-backups']))
    expect(req('PR.PS-04').checks).toEqual(expect.arrayContaining(['azure-monitor-subscription-diagnostic-setting', 'gcp-vpc-network-dns-logging']))
    expect(req('PR.IR-01').checks).toEqual(
      expect.arrayContaining(['azure-network-nsg-no-ssh-from-internet', 'gcp-compute-firewall-no-ssh-from-internet']),
    )
    expect(req('DE.CM-01').checks).toEqual(expect.arrayContaining(['gcp-logging-metric-alert-firewall-changes', 'azure-defender-servers-plan-on']))
    expect(req('DE.AE-06').checks).toEqual(expect.arrayContaining(['azure-monitor-alert-delete-nsg', 'azure-defender-security-contact-email']))
  })
})
