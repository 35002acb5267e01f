import { describe, expect, it } from 'vitest'
import { scanFixtures, verdicts } from '../../scan/iac-testing.js'

/** The HCL loader through the whole `posture iac` pipeline: load, adapt (S3 adapters), evaluate, suppress. */
describe('Terraform HCL through posture iac', () => {
  it('judges S3 buckets from HCL with exact check ids, addresses and block lines', async () => {
    const { findings, report } = await scanFixtures('test/fixtures/iac/terraform/s3')
    expect(report.iac.problems).toEqual([])
    expect(verdicts(findings, 'aws-s3-bucket-versioning-enabled')).toEqual([
      ['aws_s3_bucket.open', 'fail', 7],
      ['aws_s3_bucket.closed', 'pass', 37],
    ])
    // The TLS-only Deny comes from jsonencode() with the bucket ARN unknown before apply: the document is still read.
    expect(verdicts(findings, 'aws-s3-bucket-tls-only-policy')).toEqual([
      ['aws_s3_bucket.open', 'fail', 7],
      ['aws_s3_bucket.closed', 'pass', 37],
    ])
    expect(verdicts(findings, 'aws-s3-bucket-policy-no-public-read')).toEqual([['aws_s3_bucket.closed', 'pass', 37]])
    expect(verdicts(findings, 'aws-s3-bucket-default-encryption-enabled')).toEqual([
      ['aws_s3_bucket.open', 'pass', 7],
      ['aws_s3_bucket.closed', 'pass', 37],
    ])
  })

  it('applies the # posture:ignore comment above the block', async () => {
    const { findings } = await scanFixtures('test/fixtures/iac/terraform/s3')
    expect(
      findings.filter((f) => f.checkId === 'aws-s3-bucket-access-logging-enabled').map((f) => [f.address, f.status, f.line, f.muted ?? false]),
    ).toEqual([
      ['aws_s3_bucket.open', 'fail', 7, false],
      ['aws_s3_bucket.closed', 'fail', 37, true],
    ])
  })

  it('leaves checks needing what code cannot state not evaluated, with the block location', async () => {
    const { report } = await scanFixtures('test/fixtures/iac/terraform/s3')
    expect(report.iac.notEvaluated.map((n) => [n.checkId, n.location.address, n.location.startLine])).toEqual([
      ['aws-s3-bucket-policy-no-public-read', 'aws_s3_bucket.open', 7],
      ['aws-s3-bucket-public-access-block-enabled', 'aws_s3_bucket.open', 7],
    ])
  })
})
