import { describe, expect, it } from 'vitest'
import type { ReportFinding } from '../model.js'
import { checkMetaFor, complianceLabel, complianceStandards, findingLocations, partitionOf, remediationText, truncate } from './common.js'

const finding: ReportFinding = {
  checkId: 'aws-s3-bucket-versioning',
  title: 'S3 bucket versioning is on',
  status: 'fail',
  severity: 'medium',
  resource: { uid: 'arn:aws-cn:s3:::data', type: 'aws.s3.bucket', provider: 'aws', account: '123456789012', region: 'cn-north-1', name: 'data' },
  message: 'Versioning is suspended.',
  remediation: {
    steps: ['Enable versioning.', 'Add MFA delete.'],
    cli: 'aws s3api put-bucket-versioning',
    references: ['https://example.com/a', 'https://example.com/b'],
  },
  compliance: [
    { framework: 'cis-aws', version: '7.0.0', requirement: '3.1.2' },
    { framework: 'cis-aws', version: '7.0.0', requirement: '3.1.3' },
    { framework: 'nist-800-53', version: '5.2.0', requirement: 'CP-9' },
  ],
}

describe('truncate', () => {
  it('keeps text within the limit and marks the cut', () => {
    expect(truncate('abc', 3)).toBe('abc')
    expect(truncate('abcd', 3)).toBe('ab…')
    expect(Array.from(truncate('x'.repeat(5000), 256))).toHaveLength(256)
  })

  it('counts code points and never splits a surrogate pair', () => {
    const emoji = '😀'.repeat(10) // 20 UTF-16 units, 10 code points
    expect(truncate(emoji, 10)).toBe(emoji)
    expect(truncate(emoji, 5)).toBe('😀😀😀😀…')
    expect(truncate(`a${'😀'.repeat(3)}`, 3)).toBe('a😀…')
  })
})

describe('finding helpers', () => {
  it('labels compliance references as "framework version requirement"', () => {
    expect(finding.compliance.map(complianceLabel)).toEqual(['cis-aws 7.0.0 3.1.2', 'cis-aws 7.0.0 3.1.3', 'nist-800-53 5.2.0 CP-9'])
    expect(complianceStandards(finding.compliance)).toEqual(['cis-aws 7.0.0', 'nist-800-53 5.2.0'])
  })

  it('reads the partition from ARNs and defaults to aws', () => {
    expect(partitionOf('arn:aws-cn:s3:::data')).toBe('aws-cn')
    expect(partitionOf('arn:aws-us-gov:iam::1:root')).toBe('aws-us-gov')
    expect(partitionOf('aws:123456789012:global:account')).toBe('aws')
  })

  it('returns the resource location, and the file location once findings carry one', () => {
    expect(findingLocations(finding)).toEqual({
      resource: { uid: 'arn:aws-cn:s3:::data', name: 'data', type: 'aws.s3.bucket', account: '123456789012', region: 'cn-north-1' },
    })
    const iac = { ...finding, location: { file: 'main.tf', startLine: 3, endLine: 9, address: 'aws_s3_bucket.data' } }
    expect(findingLocations(iac).physical).toEqual({ file: 'main.tf', startLine: 3, endLine: 9, address: 'aws_s3_bucket.data' })
  })

  it('rebuilds check metadata from the finding when the registry does not know the check', () => {
    const meta = checkMetaFor({ report: { findings: [finding] } as never, checks: new Map() }, finding)
    expect(meta).toMatchObject({
      id: finding.checkId,
      title: finding.title,
      service: 's3',
      severity: 'medium',
      rationale: finding.title,
      remediation: finding.remediation,
    })
  })

  it('writes remediation as numbered steps, then CLI and references', () => {
    expect(remediationText(finding)).toBe(
      '1. Enable versioning.\n2. Add MFA delete.\nCLI: aws s3api put-bucket-versioning\nReferences: https://example.com/a https://example.com/b',
    )
  })
})
