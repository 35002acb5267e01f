import { beforeAll, describe, expect, it } from 'vitest'
import { fingerprint } from '../../core/fingerprint.js'
import type { RenderInput } from '../render-input.js'
import { sampleRenderInput, syntheticRenderInput } from '../render-testing.js'
import { ASFF_LIMITS, asffFindings, asffImportBatches, renderAsff, type AsffFinding } from './asff.js'
import { asffValidators, schemaErrors } from './schema-testing.js'

const { request, finding: validateFinding } = asffValidators()
const parse = (text: string): AsffFinding[] => JSON.parse(text) as AsffFinding[]

/** Validates each finding, then the import batches as real BatchImportFindings requests. */
function expectImportable(findings: AsffFinding[]): void {
  for (const f of findings) {
    const ok = validateFinding(f)
    expect(schemaErrors(validateFinding.errors), f.Id).toBe('')
    expect(ok).toBe(true)
  }
  for (const batch of asffImportBatches(findings)) {
    const ok = request({ Findings: batch.findings })
    expect(schemaErrors(request.errors)).toBe('')
    expect(ok).toBe(true)
  }
}

describe('renderAsff', () => {
  let input: RenderInput
  let findings: AsffFinding[]
  const byUid = (uid: string, checkId: string): AsffFinding =>
    findings.find((f) => f.ProductFields['posture/ResourceUid'] === uid && f.GeneratorId === checkId)!
  beforeAll(async () => {
    input = await sampleRenderInput()
    findings = parse(renderAsff(input))
  })

  it('writes every finding as an ASFF finding valid for BatchImportFindings', () => {
    expect(findings).toHaveLength(12)
    expectImportable(findings)
  })

  it('rejects a finding breaking a documented limit, so the validation above is real', () => {
    expect(validateFinding({ ...findings[0]!, Title: 'x'.repeat(257) })).toBe(false)
    expect(validateFinding({ ...findings[0]!, Workflow: { Status: 'OPEN' } })).toBe(false)
    expect(request({ Findings: Array.from({ length: 101 }, () => findings[0]) })).toBe(false)
  })

  it('fills the required identity fields', () => {
    const f = byUid('arn:aws:ec2:eu-west-1:111111111111:security-group/sg-0a1', 'aws-ec2-sg-no-ssh-from-internet')
    expect(f).toMatchObject({
      SchemaVersion: '2018-10-08',
      Id: `posture/aws-ec2-sg-no-ssh-from-internet/${fingerprint('aws-ec2-sg-no-ssh-from-internet', 'arn:aws:ec2:eu-west-1:111111111111:security-group/sg-0a1')}`,
      ProductArn: 'arn:aws:securityhub:eu-west-1:111111111111:product/111111111111/default',
      GeneratorId: 'aws-ec2-sg-no-ssh-from-internet',
      AwsAccountId: '111111111111',
      CreatedAt: input.report.scan.finishedAt,
      UpdatedAt: input.report.scan.finishedAt,
      Severity: { Label: 'HIGH', Original: 'high' },
      Compliance: { Status: 'FAILED' },
      Workflow: { Status: 'NEW' },
      RecordState: 'ACTIVE',
    })
    expect(f.Resources).toEqual([
      { Type: 'AwsEc2SecurityGroup', Id: 'arn:aws:ec2:eu-west-1:111111111111:security-group/sg-0a1', Partition: 'aws', Region: 'eu-west-1' },
    ])
    expect(f.Types).toContain('Software and Configuration Checks/Industry and Regulatory Standards/CIS AWS Foundations Benchmark')
    expect(f.Compliance.RelatedRequirements).toContain('cis-aws 7.0.0 6.3')
    const meta = input.checks.get(f.GeneratorId)!
    expect(f.Remediation.Recommendation).toEqual({ Text: meta.remediation.steps.join(' '), Url: meta.remediation.references[0] })
  })

  it('suppresses a muted failure without calling it passed', () => {
    const muted = byUid('arn:aws:s3:::static-site-b', 'aws-s3-bucket-public-access-block-enabled')
    expect(muted.Workflow.Status).toBe('SUPPRESSED')
    expect(muted.Compliance.Status).toBe('FAILED')
    expect(muted.ProductFields['posture/MutedReason']).toBe('Static website assets, public by design (ticket SEC-142)')
    expect(findings.filter((f) => f.Workflow.Status === 'SUPPRESSED')).toHaveLength(1)
  })

  it('reports an error as NOT_AVAILABLE, never PASSED', () => {
    const error = byUid('aws:111111111111:eu-west-1:aws.rds.instance/*', 'aws-rds-instance-storage-encrypted')
    expect(error.Compliance.Status).toBe('NOT_AVAILABLE')
    expect(error.Workflow.Status).toBe('NEW')
    expect(error.Description.startsWith('Could not be determined: Could not list RDS instances: AccessDenied.')).toBe(true)
    expect(error.Resources[0]).toMatchObject({ Type: 'AwsRdsDbInstance', Id: 'aws:111111111111:eu-west-1:aws.rds.instance/*' })
  })

  it('resolves passes with an informational label and keeps the check severity', () => {
    const pass = byUid('arn:aws:iam::111111111111:root', 'aws-iam-root-mfa-enabled')
    expect(pass.Compliance.Status).toBe('PASSED')
    expect(pass.Workflow.Status).toBe('RESOLVED')
    expect(pass.Severity).toEqual({ Label: 'INFORMATIONAL', Original: 'critical' })
    expect(findings.filter((f) => f.Compliance.Status === 'PASSED')).toHaveLength(input.report.findings.filter((f) => f.status === 'pass').length)
  })

  it('maps account-level resources to AwsAccount and imports global ones into the home region', () => {
    const trail = byUid('aws:111111111111:global:account', 'aws-cloudtrail-multi-region-trail-enabled')
    expect(trail.Resources).toEqual([{ Type: 'AwsAccount', Id: 'AWS::::Account:111111111111', Partition: 'aws' }])
    expect(trail.ProductArn).toBe('arn:aws:securityhub:us-east-1:111111111111:product/111111111111/default')
    const root = byUid('arn:aws:iam::222222222222:root', 'aws-iam-root-mfa-enabled')
    expect(root.Resources[0]!.Type).toBe('AwsAccount')
    const lambda = byUid('arn:aws:lambda:us-east-1:111111111111:function:payments', 'aws-lambda-function-env-no-secrets')
    expect(lambda.Resources[0]!.Type).toBe('AwsLambdaFunction')
    const forced = asffFindings(input, { region: 'eu-central-1' })
    expect(new Set(forced.map((f) => f.ProductArn.split(':')[3]))).toEqual(new Set(['eu-central-1']))
    expect(
      asffFindings(input, { homeRegion: 'eu-west-1' }).find((f) => f.GeneratorId === 'aws-cloudtrail-multi-region-trail-enabled')!.ProductArn,
    ).toContain(':eu-west-1:')
  })

  it('leaves out findings of other clouds, which Security Hub cannot hold', () => {
    const [f0, ...rest] = input.report.findings
    const gcp = { ...f0!, resource: { ...f0!.resource, provider: 'gcp' as const, account: 'my-project' } }
    expect(asffFindings({ ...input, report: { ...input.report, findings: [gcp, ...rest] } })).toHaveLength(11)
  })

  it('truncates fields to the documented limits instead of failing the import', () => {
    const f0 = input.report.findings[0]!
    const long = {
      ...f0,
      title: `${'T'.repeat(300)}`,
      message: `${'m'.repeat(1500)}`,
      compliance: Array.from({ length: 40 }, (_, i) => ({ framework: 'cis-aws', version: '7.0.0', requirement: `9.${i}` })),
      resource: { ...f0.resource, name: 'n'.repeat(3000) },
    }
    const out = asffFindings({ ...input, report: { ...input.report, findings: [long] } })
    expectImportable(out)
    const f = out[0]!
    expect(Array.from(f.Title)).toHaveLength(ASFF_LIMITS.title)
    expect(f.Title.endsWith('…')).toBe(true)
    expect(Array.from(f.Description)).toHaveLength(ASFF_LIMITS.description)
    expect(f.Compliance.RelatedRequirements).toHaveLength(32)
    expect(f.ProductFields['posture/Compliance']!.split('; ')).toHaveLength(40)
    expect(Array.from(f.ProductFields['posture/ResourceName']!)).toHaveLength(ASFF_LIMITS.productFieldValue)
  })

  it('groups import batches by account and region, at most 100 findings each', async () => {
    const big = await syntheticRenderInput(2000)
    const out = parse(renderAsff(big))
    expect(out).toHaveLength(2000)
    expectImportable(out)
    const batches = asffImportBatches(out)
    expect(batches.reduce((n, b) => n + b.findings.length, 0)).toBe(2000)
    for (const b of batches) {
      expect(b.findings.length).toBeLessThanOrEqual(100)
      for (const f of b.findings) {
        expect(f.AwsAccountId).toBe(b.account)
        expect(f.ProductArn).toBe(`arn:aws:securityhub:${b.region}:${b.account}:product/${b.account}/default`)
      }
    }
    expect(out.filter((f) => f.Workflow.Status === 'SUPPRESSED')).toHaveLength(big.report.findings.filter((f) => f.muted).length)
  })
})
