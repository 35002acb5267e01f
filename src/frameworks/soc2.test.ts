import { describe, expect, it } from 'vitest'
import { SOC2_TSC } from './soc2.js'

const req = (id: string) => {
  const r = SOC2_TSC.requirements.find((x) => x.id === id)
  if (!r) throw new Error(`no requirement ${id}`)
  return r
}

const range = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}.${i + 1}`)

describe('SOC 2 Trust Services Criteria 2017 (revised 2022)', () => {
  const reqs = SOC2_TSC.requirements

  it('lists all 61 criteria in publication order: 33 common and 28 additional', () => {
    expect(reqs).toHaveLength(61)
    expect(reqs.map((r) => r.id)).toEqual([
      ...range('CC1', 5),
      ...range('CC2', 3),
      ...range('CC3', 4),
      ...range('CC4', 2),
      ...range('CC5', 3),
      ...range('CC6', 8),
      ...range('CC7', 5),
      'CC8.1',
      ...range('CC9', 2),
      ...range('A1', 3),
      ...range('C1', 2),
      ...range('PI1', 5),
      'P1.1',
      'P2.1',
      ...range('P3', 2),
      ...range('P4', 3),
      ...range('P5', 2),
      ...range('P6', 7),
      'P7.1',
      'P8.1',
    ])
    for (const r of reqs) expect(r.id).toMatch(/^(CC[1-9]|A1|C1|PI1|P[1-8])\.\d$/)
  })

  it('puts each criterion in the section of its series', () => {
    for (const r of reqs) expect(r.section.startsWith(`${r.id.split('.')[0] ?? ''} `)).toBe(true)
    expect(req('CC6.1').section).toBe('CC6 Logical and Physical Access Controls')
    expect(req('A1.2').section).toBe('A1 Additional Criteria for Availability')
  })

  it('has short titles of our own and no check mapped twice to one criterion', () => {
    for (const r of reqs) {
      expect(r.title.length).toBeGreaterThan(0)
      expect(r.title.length).toBeLessThanOrEqual(80)
      expect(new Set(r.checks).size).toBe(r.checks.length)
    }
  })

  it('pins the manual criteria: governance, risk, incident handling, physical, processing and privacy', () => {
    expect(reqs.filter((r) => r.manual).map((r) => r.id)).toEqual([
      ...range('CC1', 5),
      ...range('CC2', 3),
      ...range('CC3', 4),
      ...range('CC4', 2),
      ...range('CC5', 3),
      'CC6.4',
      'CC6.5',
      'CC7.3',
      'CC7.4',
      'CC7.5',
      'CC9.1',
      'CC9.2',
      'A1.3',
      'C1.1',
      'PI1.1',
      'PI1.2',
      'PI1.4',
      'PI1.5',
      ...reqs.filter((r) => /^P\d/.test(r.id)).map((r) => r.id),
    ])
    expect(reqs.filter((r) => r.manual)).toHaveLength(48)
  })

  it('pins the unmapped and the automated criteria', () => {
    expect(reqs.filter((r) => !r.manual && r.checks.length === 0).map((r) => r.id)).toEqual(['A1.1', 'C1.2'])
    expect(reqs.filter((r) => r.checks.length > 0).map((r) => r.id)).toEqual([
      'CC6.1',
      'CC6.2',
      'CC6.3',
      'CC6.6',
      'CC6.7',
      'CC6.8',
      'CC7.1',
      'CC7.2',
      'CC8.1',
      'A1.2',
      'PI1.3',
    ])
  })

  it('maps the key criteria to the checks that decide them', () => {
    expect(req('CC6.1').checks).toEqual(
      expect.arrayContaining([
        'aws-iam-user-console-mfa-enabled',
        'aws-s3-bucket-policy-no-public-read',
        'aws-rds-instance-storage-encrypted',
        'aws-kms-key-rotation-enabled',
      ]),
    )
    expect(req('CC6.2').checks).toEqual(['aws-iam-user-unused-credentials-disabled'])
    expect(req('CC6.3').checks).toEqual(expect.arrayContaining(['aws-iam-policy-no-full-admin', 'aws-iam-user-no-direct-policies']))
    expect(req('CC6.6').checks).toEqual(
      expect.arrayContaining(['aws-ec2-sg-no-ssh-from-internet', 'aws-elbv2-waf-web-acl-attached', 'aws-rds-instance-not-public']),
    )
    expect(req('CC6.7').checks).toEqual(
      expect.arrayContaining(['aws-s3-bucket-tls-only-policy', 'aws-elbv2-tls-policy-current', 'aws-ec2-snapshot-not-shared-outside-org']),
    )
    expect(req('CC6.8').checks).toContain('aws-guardduty-enabled')
    expect(req('CC7.1').checks).toEqual(expect.arrayContaining(['aws-config-recorder-enabled', 'aws-ecr-repository-scan-on-push']))
    expect(req('CC7.2').checks).toEqual(
      expect.arrayContaining([
        'aws-cloudtrail-multi-region-trail-enabled',
        'aws-vpc-flow-logs-enabled',
        'aws-guardduty-enabled',
        'aws-cloudwatch-root-usage-monitored',
      ]),
    )
    expect(req('CC8.1').checks).toContain('aws-cloudformation-stack-no-drift')
    expect(req('A1.2').checks).toEqual(
      expect.arrayContaining(['aws-backup-plan-exists-in-region', 'aws-rds-instance-multi-az', 'aws-dynamodb-table-pitr-enabled']),
    )
    expect(req('PI1.3').checks).toEqual(['aws-lambda-function-async-failure-destination'])
  })

  it('maps the Azure and Google Cloud counterparts next to the AWS checks', () => {
    expect(req('CC6.1').checks).toEqual(
      expect.arrayContaining(['azure-storage-account-no-public-blob-access', 'azure-sql-database-tde-enabled', 'azure-keyvault-key-expiry-set']),
    )
    expect(req('CC6.3').checks).toEqual(expect.arrayContaining(['gcp-iam-no-primitive-roles-for-users', 'gcp-iam-kms-separation-of-duties']))
    expect(req('CC6.6').checks).toEqual(
      expect.arrayContaining(['azure-network-nsg-no-ssh-from-internet', 'gcp-compute-firewall-no-rdp-from-internet']),
    )
    expect(req('CC6.7').checks).toEqual(expect.arrayContaining(['azure-storage-account-https-only', 'gcp-sql-instance-ssl-required']))
    // Key Vault and KMS key checks are not certificates protecting connections.
    expect(req('CC6.7').checks).not.toContain('azure-keyvault-key-expiry-set')
    expect(req('CC6.8').checks).toEqual(expect.arrayContaining(['azure-defender-servers-plan-on', 'gcp-compute-instance-shielded-vm']))
    expect(req('CC7.2').checks).toEqual(expect.arrayContaining(['gcp-vpc-network-dns-logging', 'azure-monitor-alert-create-update-nsg']))
    expect(req('A1.2').checks).toEqual(expect.arrayContaining(['gcp-sql-instance-automated-backups', 'azure-storage-account-blob-soft-delete']))
  })
})
