import { describe, expect, it } from 'vitest'
import { loadChecks } from '../checks/registry.js'
import { FRAMEWORKS } from './index.js'
import { CIS_AWS_7_0 } from './cis-aws-7.0.js'
import { complianceIndex } from './types.js'

describe('frameworks', async () => {
  const ids = new Set((await loadChecks()).map((c) => c.id))

  it.each(FRAMEWORKS.map((f) => ({ name: `${f.id} ${f.version}`, f })))('$name maps only existing checks', ({ f }) => {
    const missing = f.requirements.flatMap((r) => r.checks.filter((c) => !ids.has(c)).map((c) => `${r.id}: ${c}`))
    expect(missing).toEqual([])
  })

  it.each(FRAMEWORKS.map((f) => ({ name: `${f.id} ${f.version}`, f })))('$name has unique requirement ids; manual ones map no check', ({ f }) => {
    expect(new Set(f.requirements.map((r) => r.id)).size).toBe(f.requirements.length)
    for (const r of f.requirements.filter((x) => x.manual)) expect(r.checks).toEqual([])
  })

  it('pins CIS AWS 7.0.0 membership (70 recommendations; manual and unmapped ones listed)', () => {
    expect(CIS_AWS_7_0.requirements).toHaveLength(70)
    expect(CIS_AWS_7_0.requirements.filter((r) => r.manual).map((r) => r.id)).toEqual([
      '2.1.2',
      '2.1.3',
      '2.1.4',
      '2.2',
      '2.19',
      '3.1.3',
      '6.6',
      '6.8',
    ])
    expect(CIS_AWS_7_0.requirements.filter((r) => !r.manual && r.checks.length === 0).map((r) => r.id)).toEqual([
      '2.1.1',
      '2.1.5',
      '2.1.6',
      '2.3',
      '4.10',
    ])
  })

  it('keeps the cross-cloud frameworks multi-cloud, and the CIS benchmarks on one cloud each', () => {
    const provider = Object.fromEntries(FRAMEWORKS.map((f) => [f.id, f.provider]))
    expect(provider).toMatchObject({ 'cis-aws': 'aws', 'cis-azure': 'azure', 'cis-gcp': 'gcp', 'aws-fsbp': 'aws' })
    for (const id of ['pci-dss', 'iso-27001', 'nist-800-53', 'nist-csf', 'soc2', 'hipaa', 'gdpr']) expect(provider[id], id).toBe('multi')
    for (const f of FRAMEWORKS.filter((x) => x.provider !== 'multi')) {
      const prefix = `${f.provider}-`
      for (const r of f.requirements) for (const c of r.checks) expect(c.startsWith(prefix), `${f.id} ${r.id} ${c}`).toBe(true)
    }
  })

  it('maps the Azure and Google Cloud counterparts wherever the AWS check is mapped in the multi-cloud frameworks', () => {
    const counterparts: [string, string[]][] = [
      ['aws-ec2-sg-no-ssh-from-internet', ['azure-network-nsg-no-ssh-from-internet', 'gcp-compute-firewall-no-ssh-from-internet']],
      ['aws-ec2-instance-no-public-ip', ['azure-compute-vm-no-public-ip', 'gcp-compute-instance-no-public-ip']],
      ['aws-rds-instance-not-public', ['azure-sql-server-public-network-access-disabled', 'gcp-sql-instance-no-public-ip']],
      ['aws-s3-bucket-policy-no-public-read', ['azure-storage-account-no-public-blob-access', 'gcp-storage-bucket-not-public']],
      ['aws-s3-bucket-tls-only-policy', ['azure-storage-account-https-only']],
      ['aws-elbv2-tls-policy-current', ['azure-storage-account-min-tls-12']],
      ['aws-rds-instance-storage-encrypted', ['azure-sql-database-tde-enabled']],
      ['aws-s3-bucket-versioning-enabled', ['azure-storage-account-blob-soft-delete', 'gcp-storage-bucket-versioning']],
      ['aws-kms-key-policy-not-public', ['gcp-kms-key-not-public']],
      ['aws-iam-access-key-rotated', ['gcp-iam-service-account-keys-rotated-90-days']],
      ['aws-route53-zone-dnssec-signing', ['gcp-dns-zone-dnssec-enabled']],
      ['aws-cloudwatch-security-group-changes-monitored', ['azure-monitor-alert-create-update-nsg', 'gcp-logging-metric-alert-firewall-changes']],
      ['aws-account-security-contact-registered', ['azure-defender-security-contact-email']],
      ['aws-iam-policy-no-full-admin', ['gcp-iam-no-primitive-roles-for-users']],
      ['aws-guardduty-enabled', ['azure-defender-servers-plan-on']],
      ['aws-cloudtrail-multi-region-trail-enabled', ['azure-monitor-subscription-diagnostic-setting']],
    ]
    // Deliberate gaps: a check with a narrower or different meaning than its AWS counterpart in that requirement.
    const exceptions = new Set([
      'pci-dss 7.2.5 gcp-iam-no-primitive-roles-for-users', // user grants: mapped to 7.2.2, not application accounts
      'nist-800-53 AC-2(12) azure-defender-servers-plan-on', // account misuse: Defender for Resource Manager is mapped
      'nist-csf DE.CM-03 azure-defender-servers-plan-on', // personnel activity: Defender for Resource Manager is mapped
      'nist-800-53 AU-10 azure-monitor-subscription-diagnostic-setting', // non-repudiation needs tamper-evident records
    ])
    const missing: string[] = []
    for (const f of FRAMEWORKS.filter((x) => x.provider === 'multi'))
      for (const [aws, others] of counterparts)
        for (const r of f.requirements.filter((q) => q.checks.includes(aws)))
          for (const o of others) if (!r.checks.includes(o) && !exceptions.has(`${f.id} ${r.id} ${o}`)) missing.push(`${f.id} ${r.id} ${o}`)
    expect(missing).toEqual([])
  })

  it('keeps CIS-specific settings out of the multi-cloud frameworks: their failure does not show a requirement unmet', () => {
    const mapped = new Set(FRAMEWORKS.filter((f) => f.provider === 'multi').flatMap((f) => f.requirements.flatMap((r) => r.checks)))
    for (const id of [
      'gcp-vpc-subnet-flow-logs', // CIS aggregation interval, sampling and metadata settings
      'gcp-kms-key-rotation-90-days', // 90 days, where AWS KMS rotation (yearly) counts
      'gcp-logging-sink-all-entries', // an unfiltered sink only
      'gcp-vpc-no-default-network', // the default network may have lost its open rules
      'gcp-compute-instance-no-ip-forwarding', // NAT and router instances need it
      'gcp-compute-instance-no-default-service-account', // the default account may have lost Editor
      'gcp-compute-instance-block-project-ssh-keys', // OS Login ignores metadata keys anyway
      'gcp-iam-service-account-no-user-managed-keys', // rotated keys are mapped through the 90-day check
      'azure-network-nsg-no-http-from-internet', // public web servers are legitimate
      'azure-network-nsg-no-udp-from-internet', // public DNS and similar services are legitimate
      'azure-network-watcher-enabled',
      'azure-storage-account-key-rotation-reminder', // a reminder, not rotation
      'azure-sql-server-audit-retention-90-days',
      'azure-postgresql-flexible-server-log-retention',
      'azure-storage-account-cmk-encryption', // customer-managed keys are preferences, as on AWS
      'azure-compute-disk-cmk-encryption',
      'azure-sql-server-tde-cmk',
      'gcp-bigquery-dataset-cmk',
    ])
      expect(mapped.has(id), id).toBe(false)
  })

  it('inverts into per-check compliance references', () => {
    const lookup = complianceIndex([CIS_AWS_7_0])
    expect(lookup('aws-ec2-sg-no-ssh-from-internet')).toEqual([
      { framework: 'cis-aws', version: '7.0.0', requirement: '6.3' },
      { framework: 'cis-aws', version: '7.0.0', requirement: '6.4' },
    ])
    expect(lookup('no-such-check')).toEqual([])
  })
})
