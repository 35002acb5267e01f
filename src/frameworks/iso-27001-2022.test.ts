import { describe, expect, it } from 'vitest'
import { ISO_27001_2022 } from './iso-27001-2022.js'

const req = (id: string) => {
  const r = ISO_27001_2022.requirements.find((x) => x.id === id)
  if (!r) throw new Error(`no requirement ${id}`)
  return r
}

describe('ISO/IEC 27001:2022 Annex A', () => {
  const reqs = ISO_27001_2022.requirements

  it('lists all 93 controls in publication order: 37 organizational, 8 people, 14 physical, 34 technological', () => {
    expect(reqs).toHaveLength(93)
    const expected = [
      ...Array.from({ length: 37 }, (_, i) => `A.5.${i + 1}`),
      ...Array.from({ length: 8 }, (_, i) => `A.6.${i + 1}`),
      ...Array.from({ length: 14 }, (_, i) => `A.7.${i + 1}`),
      ...Array.from({ length: 34 }, (_, i) => `A.8.${i + 1}`),
    ]
    expect(reqs.map((r) => r.id)).toEqual(expected)
    for (const r of reqs) expect(r.id).toMatch(/^A\.[5-8]\.\d{1,2}$/)
  })

  it('puts each control in its theme section', () => {
    const sections: Record<string, string> = {
      '5': 'A.5 Organizational controls',
      '6': 'A.6 People controls',
      '7': 'A.7 Physical controls',
      '8': 'A.8 Technological controls',
    }
    for (const r of reqs) expect(r.section).toBe(sections[r.id.charAt(2)])
  })

  it('has short titles of our own and no check mapped twice to one control', () => {
    for (const r of reqs) {
      expect(r.title.length).toBeGreaterThan(0)
      expect(r.title.length).toBeLessThanOrEqual(80)
      expect(new Set(r.checks).size).toBe(r.checks.length)
    }
  })

  it('pins the manual controls: people and physical all, organizational and development ones that need a person', () => {
    const manual = reqs.filter((r) => r.manual).map((r) => r.id)
    expect(manual).toHaveLength(61)
    expect(manual.filter((id) => id.startsWith('A.5.'))).toEqual(
      [1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37].map((n) => `A.5.${n}`),
    )
    expect(manual.filter((id) => id.startsWith('A.6.'))).toHaveLength(8)
    expect(manual.filter((id) => id.startsWith('A.7.'))).toHaveLength(14)
    expect(manual.filter((id) => id.startsWith('A.8.'))).toEqual([
      'A.8.1',
      'A.8.25',
      'A.8.26',
      'A.8.27',
      'A.8.28',
      'A.8.29',
      'A.8.30',
      'A.8.33',
      'A.8.34',
    ])
  })

  it('pins the unmapped controls (automatable, no Posture check yet)', () => {
    expect(reqs.filter((r) => !r.manual && r.checks.length === 0).map((r) => r.id)).toEqual([
      'A.5.13',
      'A.8.6',
      'A.8.10',
      'A.8.11',
      'A.8.17',
      'A.8.23',
      'A.8.31',
    ])
    expect(reqs.filter((r) => r.checks.length > 0)).toHaveLength(25)
  })

  it('maps the key technological controls to the checks that decide them', () => {
    expect(req('A.8.5').checks).toEqual(
      expect.arrayContaining(['aws-iam-root-mfa-enabled', 'aws-iam-user-console-mfa-enabled', 'aws-apigateway-rest-api-authorization']),
    )
    expect(req('A.8.2').checks).toEqual(
      expect.arrayContaining(['aws-iam-root-no-access-keys', 'aws-iam-policy-no-full-admin', 'aws-ecs-task-definition-no-privileged-containers']),
    )
    expect(req('A.8.15').checks).toEqual(
      expect.arrayContaining([
        'aws-cloudtrail-multi-region-trail-enabled',
        'aws-cloudtrail-log-file-validation-enabled',
        'aws-vpc-flow-logs-enabled',
      ]),
    )
    expect(req('A.8.16').checks).toEqual(expect.arrayContaining(['aws-guardduty-enabled', 'aws-cloudwatch-root-usage-monitored']))
    expect(req('A.8.20').checks).toEqual(
      expect.arrayContaining(['aws-ec2-sg-no-ssh-from-internet', 'aws-ec2-sg-no-rdp-from-internet', 'aws-rds-instance-not-public']),
    )
    expect(req('A.8.24').checks).toEqual(
      expect.arrayContaining([
        'aws-s3-bucket-default-encryption-enabled',
        'aws-ec2-volume-encrypted',
        'aws-s3-bucket-tls-only-policy',
        'aws-kms-key-rotation-enabled',
      ]),
    )
    expect(req('A.8.13').checks).toEqual(
      expect.arrayContaining(['aws-backup-plan-exists-in-region', 'aws-rds-instance-backup-enabled', 'aws-dynamodb-table-pitr-enabled']),
    )
    expect(req('A.8.14').checks).toEqual(expect.arrayContaining(['aws-rds-instance-multi-az', 'aws-autoscaling-group-multiple-azs']))
    expect(req('A.8.12').checks).toEqual(
      expect.arrayContaining(['aws-s3-bucket-policy-no-public-read', 'aws-ec2-snapshot-not-public', 'aws-rds-snapshot-not-shared-outside-org']),
    )
    expect(req('A.8.8').checks).toEqual(
      expect.arrayContaining(['aws-ecr-repository-scan-on-push', 'aws-lambda-function-runtime-supported', 'aws-eks-cluster-version-supported']),
    )
    expect(req('A.8.9').checks).toEqual(
      expect.arrayContaining(['aws-config-recorder-enabled', 'aws-cloudformation-stack-no-drift', 'aws-ec2-instance-imdsv2-required']),
    )
    expect(req('A.5.15').checks).toEqual(expect.arrayContaining(['aws-iam-policy-no-full-admin', 'aws-s3-account-public-access-block-enabled']))
    expect(req('A.5.17').checks).toEqual(expect.arrayContaining(['aws-iam-password-policy-min-length', 'aws-lambda-function-env-no-secrets']))
    expect(req('A.8.32').checks).toEqual(['aws-cloudformation-stack-no-drift'])
  })

  it('maps preferences for customer-managed keys nowhere: an AWS-managed key still meets the cryptography control', () => {
    const mapped = new Set(reqs.flatMap((r) => r.checks))
    for (const id of [
      'aws-dynamodb-table-cmk-encrypted',
      'aws-kinesis-stream-cmk',
      'aws-secretsmanager-secret-encrypted-with-cmk',
      'azure-storage-account-cmk-encryption',
      'azure-compute-disk-cmk-encryption',
      'azure-sql-server-tde-cmk',
      'gcp-bigquery-dataset-cmk',
    ])
      expect(mapped.has(id)).toBe(false)
  })

  it('maps the Azure and Google Cloud counterparts next to the AWS checks', () => {
    expect(req('A.5.15').checks).toEqual(expect.arrayContaining(['gcp-iam-no-primitive-roles-for-users', 'azure-keyvault-vault-rbac-authorization']))
    expect(req('A.5.17').checks).toEqual(
      expect.arrayContaining(['gcp-iam-service-account-keys-rotated-90-days', 'azure-storage-account-shared-key-disabled']),
    )
    expect(req('A.8.3').checks).toEqual(expect.arrayContaining(['azure-storage-account-no-public-blob-access', 'gcp-storage-bucket-not-public']))
    expect(req('A.8.7').checks).toEqual(['aws-guardduty-enabled', 'azure-defender-servers-plan-on', 'azure-defender-storage-plan-on'])
    expect(req('A.8.9').checks).toEqual(expect.arrayContaining(['azure-compute-vm-trusted-launch', 'gcp-sql-mysql-local-infile-off']))
    expect(req('A.8.13').checks).toEqual(expect.arrayContaining(['gcp-sql-instance-automated-backups', 'azure-storage-account-blob-soft-delete']))
    expect(req('A.8.15').checks).toEqual(
      expect.arrayContaining(['azure-monitor-subscription-diagnostic-setting', 'gcp-iam-audit-config-all-services']),
    )
    expect(req('A.8.16').checks).toEqual(expect.arrayContaining(['azure-defender-servers-plan-on', 'gcp-logging-metric-alert-firewall-changes']))
    expect(req('A.8.20').checks).toEqual(expect.arrayContaining(['azure-network-nsg-no-ssh-from-internet', 'gcp-sql-instance-no-public-ip']))
    expect(req('A.8.21').checks).toEqual(expect.arrayContaining(['gcp-dns-zone-dnssec-enabled']))
    expect(req('A.8.22').checks).toEqual(expect.arrayContaining(['azure-network-vnet-subnets-have-nsg']))
    expect(req('A.8.24').checks).toEqual(
      expect.arrayContaining(['azure-sql-database-tde-enabled', 'azure-storage-account-min-tls-12', 'azure-keyvault-key-expiry-set']),
    )
  })
})
