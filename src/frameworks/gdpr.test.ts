import { describe, expect, it } from 'vitest'
import { GDPR } from './gdpr.js'

const byId = (id: string) => {
  const r = GDPR.requirements.find((x) => x.id === id)
  if (!r) throw new Error(`no requirement ${id}`)
  return r
}

describe('GDPR', () => {
  it('lists Articles 5, 25, 30, 32 and 33 at paragraph and point level, and says so', () => {
    expect(GDPR.requirements).toHaveLength(24)
    for (const r of GDPR.requirements) {
      expect(r.id).toMatch(/^Art\.(?:5|25|30|32|33)\([1-5]\)(?:\([a-f]\))?$/)
      expect(r.section.split(' ')[0]).toBe(r.id.split('(')[0])
      expect(r.title.length).toBeLessThanOrEqual(80)
    }
    expect(GDPR.scope).toMatch(/Only Articles 5, 25, 30, 32 and 33/)
  })

  it('pins manual requirements (every Art.30 and Art.33 paragraph among them)', () => {
    expect(GDPR.requirements.filter((r) => r.manual).map((r) => r.id)).toEqual([
      'Art.5(1)(a)',
      'Art.5(1)(b)',
      'Art.5(1)(c)',
      'Art.5(1)(d)',
      'Art.5(1)(e)',
      'Art.5(2)',
      'Art.25(1)',
      'Art.30(1)',
      'Art.30(2)',
      'Art.30(3)',
      'Art.30(4)',
      'Art.32(1)(d)',
      'Art.32(2)',
      'Art.32(4)',
      'Art.33(1)',
      'Art.33(2)',
      'Art.33(3)',
      'Art.33(4)',
      'Art.33(5)',
    ])
    expect(GDPR.requirements.filter((r) => !r.manual && r.checks.length === 0).map((r) => r.id)).toEqual([])
  })

  it('maps exposure, encryption, restore and detection checks', () => {
    expect(GDPR.requirements.filter((r) => r.checks.length > 0).map((r) => r.id)).toEqual([
      'Art.5(1)(f)',
      'Art.25(2)',
      'Art.32(1)(a)',
      'Art.32(1)(b)',
      'Art.32(1)(c)',
    ])
    expect(byId('Art.25(2)').checks).toEqual(
      expect.arrayContaining(['aws-s3-bucket-policy-no-public-read', 'aws-rds-snapshot-not-public', 'aws-s3-bucket-public-access-block-enabled']),
    )
    expect(byId('Art.32(1)(a)').checks).toEqual(
      expect.arrayContaining(['aws-rds-instance-storage-encrypted', 'aws-s3-bucket-default-encryption-enabled', 'aws-elbv2-tls-policy-current']),
    )
    expect(byId('Art.32(1)(b)').checks).toEqual(expect.arrayContaining(['aws-cloudtrail-multi-region-trail-enabled', 'aws-ec2-snapshot-not-public']))
    expect(byId('Art.32(1)(c)').checks).toEqual(
      expect.arrayContaining(['aws-rds-instance-backup-enabled', 'aws-dynamodb-table-pitr-enabled', 'aws-s3-bucket-versioning-enabled']),
    )
    // Art.5(1)(f) is the principle Art.32(1)(b) implements: same exposure checks, without the detection evidence.
    expect(byId('Art.32(1)(b)').checks.filter((c) => !byId('Art.5(1)(f)').checks.includes(c))).toEqual([
      'aws-cloudtrail-multi-region-trail-enabled',
      'azure-monitor-subscription-diagnostic-setting',
    ])
    // Azure and Google Cloud counterparts.
    expect(byId('Art.25(2)').checks).toEqual(
      expect.arrayContaining([
        'azure-storage-account-no-public-blob-access',
        'gcp-storage-bucket-not-public',
        'gcp-storage-bucket-public-access-prevention',
      ]),
    )
    expect(byId('Art.32(1)(a)').checks).toEqual(expect.arrayContaining(['azure-sql-database-tde-enabled', 'azure-storage-account-https-only']))
    expect(byId('Art.32(1)(c)').checks).toEqual(
      expect.arrayContaining(['gcp-sql-instance-automated-backups', 'azure-storage-account-blob-soft-delete']),
    )
  })
})
