import { describe, expect, it } from 'vitest'
import { HIPAA_SECURITY } from './hipaa-security.js'

const byId = (id: string) => {
  const r = HIPAA_SECURITY.requirements.find((x) => x.id === id)
  if (!r) throw new Error(`no requirement ${id}`)
  return r
}

describe('HIPAA Security Rule', () => {
  it('lists every standard and implementation specification as CFR paragraphs', () => {
    expect(HIPAA_SECURITY.requirements).toHaveLength(65)
    for (const r of HIPAA_SECURITY.requirements) {
      expect(r.id).toMatch(/^164\.3(?:08|10|12|14|16)\([a-e]\)(?:\([1-8]\))?(?:\((?:i|ii|iii|iv)\))?(?:\([A-E]\))?$/)
      expect(r.section.split(' ')[0]).toBe(r.id.slice(0, 7))
      expect(r.title.length).toBeLessThanOrEqual(80)
    }
    const perSection = Object.fromEntries(
      ['164.308', '164.310', '164.312', '164.314', '164.316'].map((s) => [s, HIPAA_SECURITY.requirements.filter((r) => r.id.startsWith(s)).length]),
    )
    expect(perSection).toEqual({ '164.308': 30, '164.310': 12, '164.312': 12, '164.314': 6, '164.316': 5 })
  })

  it('pins manual requirements: 50, including all physical, organizational and documentation ones', () => {
    const manual = HIPAA_SECURITY.requirements.filter((r) => r.manual).map((r) => r.id)
    expect(manual).toHaveLength(50)
    for (const r of HIPAA_SECURITY.requirements.filter((x) => /^164\.31[046]/.test(x.id))) expect(r.manual).toBe(true)
    expect(manual).toEqual(
      expect.arrayContaining(['164.308(a)(1)(ii)(A)', '164.308(a)(7)(ii)(B)', '164.308(b)(3)', '164.312(a)(2)(i)', '164.312(a)(2)(ii)']),
    )
  })

  it('pins unmapped (automatable, not yet covered) requirements', () => {
    expect(HIPAA_SECURITY.requirements.filter((r) => !r.manual && r.checks.length === 0).map((r) => r.id)).toEqual([
      '164.308(a)(5)(ii)(B)',
      '164.308(a)(5)(ii)(C)',
      '164.308(a)(5)(ii)(D)',
      '164.312(a)(2)(iii)',
      '164.312(c)(2)',
    ])
  })

  it('maps audit, access, encryption, backup and transmission checks', () => {
    expect(HIPAA_SECURITY.requirements.filter((r) => r.checks.length > 0).map((r) => r.id)).toEqual([
      '164.308(a)(1)(ii)(D)',
      '164.308(a)(7)(ii)(A)',
      '164.312(a)(1)',
      '164.312(a)(2)(iv)',
      '164.312(b)',
      '164.312(c)(1)',
      '164.312(d)',
      '164.312(e)(1)',
      '164.312(e)(2)(i)',
      '164.312(e)(2)(ii)',
    ])
    expect(byId('164.308(a)(1)(ii)(D)').checks).toEqual([
      'aws-cloudtrail-multi-region-trail-enabled',
      'azure-monitor-subscription-diagnostic-setting',
    ])
    expect(byId('164.308(a)(7)(ii)(A)').checks).toEqual(
      expect.arrayContaining(['aws-rds-instance-backup-enabled', 'aws-dynamodb-table-pitr-enabled']),
    )
    expect(byId('164.312(a)(1)').checks).toEqual(expect.arrayContaining(['aws-s3-bucket-policy-no-public-read', 'aws-rds-snapshot-not-public']))
    expect(byId('164.312(a)(2)(iv)').checks).toEqual(expect.arrayContaining(['aws-rds-instance-storage-encrypted', 'aws-ec2-volume-encrypted']))
    expect(byId('164.312(b)').checks).toEqual(expect.arrayContaining(['aws-cloudtrail-multi-region-trail-enabled', 'aws-elbv2-access-logs-enabled']))
    expect(byId('164.312(d)').checks).toEqual(expect.arrayContaining(['aws-elasticache-replication-group-auth-enabled']))
    expect(byId('164.312(e)(1)').checks).toEqual(
      expect.arrayContaining(['aws-elbv2-tls-policy-current', 'aws-elasticache-replication-group-transit-encryption']),
    )
    expect(byId('164.312(e)(2)(ii)').checks).toEqual(byId('164.312(e)(1)').checks)
  })

  it('maps the Azure and Google Cloud counterparts next to the AWS checks', () => {
    expect(byId('164.308(a)(7)(ii)(A)').checks).toEqual(
      expect.arrayContaining(['azure-storage-account-blob-soft-delete', 'gcp-sql-instance-automated-backups', 'gcp-storage-bucket-versioning']),
    )
    expect(byId('164.312(a)(1)').checks).toEqual(
      expect.arrayContaining(['azure-storage-account-no-public-blob-access', 'gcp-bigquery-dataset-not-public']),
    )
    expect(byId('164.312(a)(2)(iv)').checks).toEqual(expect.arrayContaining(['azure-sql-database-tde-enabled']))
    expect(byId('164.312(b)').checks).toEqual(expect.arrayContaining(['azure-sql-server-auditing-enabled', 'gcp-sql-postgres-pgaudit-on']))
    expect(byId('164.312(e)(1)').checks).toEqual(expect.arrayContaining(['azure-storage-account-min-tls-12', 'gcp-sql-instance-ssl-required']))
  })
})
