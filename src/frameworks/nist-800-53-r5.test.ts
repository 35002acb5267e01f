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

  it('lists 89 cloud-evidenced controls and enhancements in catalogue order, and says so in its scope', () => {
    expect(reqs).toHaveLength(89)
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
      'AC-2(1)',
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
    expect(req('AU-12(1)').checks).toEqual(['aws-cloudtrail-multi-region-trail-enabled'])
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

  it('does not count customer-managed-key checks as evidence of encryption at rest', () => {
    const cmk = ['aws-dynamodb-table-cmk-encrypted', 'aws-kinesis-stream-cmk', 'aws-secretsmanager-secret-encrypted-with-cmk', 'aws-msk-cluster-cmk']
    for (const id of ['SC-28', 'SC-28(1)']) for (const c of cmk) expect(req(id).checks).not.toContain(c)
  })
})
