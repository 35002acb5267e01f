import { describe, expect, it } from 'vitest'
import { PCI_DSS_4_0 } from './pci-dss-4.0.js'

const byId = (id: string) => {
  const r = PCI_DSS_4_0.requirements.find((x) => x.id === id)
  if (!r) throw new Error(`no requirement ${id}`)
  return r
}

describe('PCI DSS 4.0.1', () => {
  it('lists the defined-approach requirements of principal requirements 1-12 in publisher format', () => {
    expect(PCI_DSS_4_0.version).toBe('4.0.1')
    expect(PCI_DSS_4_0.requirements).toHaveLength(250)
    for (const r of PCI_DSS_4_0.requirements) {
      expect(r.id).toMatch(/^(?:[1-9]|1[0-2])\.\d{1,2}\.\d{1,2}(?:\.\d{1,2}){0,2}$/)
      // The section is the principal requirement the id starts with.
      expect(r.section.split(' ')[0]).toBe(r.id.split('.')[0])
      expect(r.title.length).toBeLessThanOrEqual(80)
    }
    const perPrincipal = Object.fromEntries(
      Array.from({ length: 12 }, (_, i) => [String(i + 1), PCI_DSS_4_0.requirements.filter((r) => r.id.split('.')[0] === String(i + 1)).length]),
    )
    expect(perPrincipal).toEqual({
      '1': 19,
      '2': 11,
      '3': 29,
      '4': 6,
      '5': 13,
      '6': 19,
      '7': 12,
      '8': 29,
      '9': 27,
      '10': 27,
      '11': 21,
      '12': 37,
    })
    // Deeper-level requirements are included, appendices are not.
    expect(PCI_DSS_4_0.requirements.map((r) => r.id)).toEqual(expect.arrayContaining(['3.5.1.1', '8.3.10.1', '9.5.1.2.1', '12.10.4.1']))
    expect(PCI_DSS_4_0.requirements.some((r) => r.id.startsWith('A'))).toBe(false)
  })

  it('pins manual requirements: 178, including every physical (9.x) requirement', () => {
    const manual = PCI_DSS_4_0.requirements.filter((r) => r.manual).map((r) => r.id)
    expect(manual).toHaveLength(178)
    expect(manual).toEqual(expect.arrayContaining(['1.1.1', '1.2.1', '3.2.1', '6.4.3', '8.2.1', '8.5.1', '11.3.2', '12.10.1']))
    for (const r of PCI_DSS_4_0.requirements.filter((x) => x.id.startsWith('9.'))) expect(r.manual).toBe(true)
    // Every "policies documented" and "roles assigned" requirement (x.1.1, x.1.2) is manual.
    for (let n = 1; n <= 11; n++) {
      expect(byId(`${n}.1.1`).manual).toBe(true)
      expect(byId(`${n}.1.2`).manual).toBe(true)
    }
  })

  it('pins unmapped (automatable, not yet covered) requirements', () => {
    expect(PCI_DSS_4_0.requirements.filter((r) => !r.manual && r.checks.length === 0).map((r) => r.id)).toEqual([
      '1.2.6',
      '1.2.8',
      '1.4.3',
      '1.4.5',
      '2.2.2',
      '2.2.7',
      '3.7.4',
      '5.2.1',
      '5.3.1',
      '5.3.2',
      '5.3.4',
      '5.3.5',
      '5.4.1',
      '6.5.3',
      '7.3.3',
      '8.2.6',
      '8.2.8',
      '8.3.4',
      '8.3.5',
      '8.3.6',
      '8.3.7',
      '8.3.9',
      '8.3.10.1',
      '8.6.3',
      '10.2.2',
      '10.3.1',
      '10.3.3',
      '10.4.1.1',
      '10.5.1',
      '10.6.1',
      '10.6.2',
      '10.6.3',
      '10.7.1',
      '10.7.2',
      '11.3.1',
      '11.3.1.2',
      '11.5.1',
      '11.5.1.1',
      '11.5.2',
      '11.6.1',
    ])
  })

  it('maps MFA, network, encryption, WAF and logging checks to their requirements', () => {
    for (const id of ['8.4.1', '8.4.2', '8.4.3']) expect(byId(id).checks).toEqual(['aws-iam-root-mfa-enabled', 'aws-iam-user-console-mfa-enabled'])
    expect(byId('1.3.1').checks).toEqual(expect.arrayContaining(['aws-ec2-sg-no-ssh-from-internet', 'aws-ec2-sg-no-all-traffic-from-internet']))
    expect(byId('1.4.4').checks).toEqual(
      expect.arrayContaining(['aws-rds-instance-not-public', 'aws-redshift-cluster-not-public', 'aws-s3-bucket-policy-no-public-read']),
    )
    expect(byId('3.5.1').checks).toEqual(
      expect.arrayContaining(['aws-rds-instance-storage-encrypted', 'aws-ec2-volume-encrypted', 'aws-s3-bucket-default-encryption-enabled']),
    )
    expect(byId('4.2.1').checks).toEqual(
      expect.arrayContaining(['aws-elbv2-tls-policy-current', 'aws-cloudfront-viewer-https-required', 'aws-acm-certificate-in-use-valid']),
    )
    expect(byId('6.4.2').checks).toEqual(
      expect.arrayContaining(['aws-cloudfront-waf-web-acl-attached', 'aws-elbv2-waf-web-acl-attached', 'aws-apigateway-stage-waf-enabled']),
    )
    expect(byId('8.6.2').checks).toEqual(expect.arrayContaining(['aws-lambda-function-env-no-secrets', 'aws-ec2-instance-user-data-no-secrets']))
    expect(byId('10.2.1').checks).toEqual(expect.arrayContaining(['aws-cloudtrail-multi-region-trail-enabled', 'aws-vpc-flow-logs-enabled']))
    expect(byId('10.3.4').checks).toEqual(['aws-cloudtrail-log-file-validation-enabled'])
  })

  it('maps the Azure and Google Cloud counterparts next to the AWS checks', () => {
    for (const id of ['1.3.1', '1.4.2'])
      expect(byId(id).checks).toEqual(expect.arrayContaining(['azure-network-nsg-no-ssh-from-internet', 'gcp-compute-firewall-no-rdp-from-internet']))
    expect(byId('1.4.4').checks).toEqual(expect.arrayContaining(['azure-sql-server-public-network-access-disabled', 'gcp-sql-instance-no-public-ip']))
    expect(byId('3.5.1').checks).toEqual(expect.arrayContaining(['azure-sql-database-tde-enabled', 'azure-compute-vm-encryption-at-host']))
    expect(byId('4.2.1').checks).toEqual(expect.arrayContaining(['azure-storage-account-https-only', 'azure-appservice-web-app-min-tls-12']))
    expect(byId('7.3.1').checks).toEqual(expect.arrayContaining(['gcp-storage-bucket-not-public', 'gcp-kms-key-not-public']))
    expect(byId('8.2.2').checks).toEqual(
      expect.arrayContaining(['azure-storage-account-shared-key-disabled', 'gcp-compute-project-os-login-enabled']),
    )
    expect(byId('10.2.1').checks).toEqual(expect.arrayContaining(['azure-monitor-subscription-diagnostic-setting', 'gcp-sql-postgres-pgaudit-on']))
    expect(byId('10.2.1.4').checks).toEqual(['aws-cloudtrail-multi-region-trail-enabled', 'azure-monitor-subscription-diagnostic-setting'])
    expect(byId('10.3.2').checks).toEqual(['gcp-logging-sink-bucket-retention-locked'])
    // Mechanism-agnostic detection stays off, as GuardDuty does.
    expect(byId('11.5.1').checks).toEqual([])
  })

  it('does not map checks whose thresholds are stricter than PCI DSS, nor customer-managed-key checks', () => {
    const mapped = new Set(PCI_DSS_4_0.requirements.flatMap((r) => r.checks))
    for (const id of [
      'aws-iam-password-policy-min-length',
      'aws-iam-password-policy-complexity',
      'aws-iam-password-policy-reuse-prevention',
      'aws-iam-user-unused-credentials-disabled',
      'aws-dynamodb-table-cmk-encrypted',
      'aws-kms-key-rotation-enabled',
      'gcp-kms-key-rotation-90-days',
      'azure-storage-account-cmk-encryption',
      'azure-sql-server-tde-cmk',
      'gcp-bigquery-dataset-cmk',
    ])
      expect(mapped.has(id)).toBe(false)
  })
})
