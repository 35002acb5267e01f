/**
 * Issue 7's coverage promise, held by the fixtures: every check whose resource type has a Terraform or CloudFormation
 * representation decides (pass or fail) on IaC fixtures, unless it needs a fact code cannot state (listed here with
 * the reason); the checks that never run on code are exactly those on account-wide state. docs/checks.md's "Runs on"
 * column is generated from the same scan.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { loadChecks } from '../checks/registry.js'
import type { Check } from '../evaluate/define-check.js'
import { producedTypes } from '../iac/adapters/index.js'
import { scanFixtures, verdicts, type FixtureFinding } from './iac-testing.js'

/** Checks on adapted types that code cannot decide, and why. */
const NOT_FROM_CODE: Record<string, string> = {
  'aws-cloudformation-stack-outputs-no-secrets': 'stack output values exist only after deploy',
  'aws-route53-zone-no-dangling-records': 'records point at resources of the whole account, not only the scanned code',
  'aws-secretsmanager-secret-recently-used': 'last access date',
  'aws-secretsmanager-secret-rotated-within-90-days': 'last rotation date',
}

/** Resource types that describe account- or region-wide state, which no single code base declares. */
const ACCOUNT_WIDE = [
  'aws.accessanalyzer.analyzers',
  'aws.account',
  'aws.account.contacts',
  'aws.backup.region-plans',
  'aws.config.recorders',
  'aws.guardduty.detectors',
  'aws.iam.root-user',
  'aws.organizations.organization',
  'aws.securityhub.hub',
]

describe('IaC coverage of the check catalogue', () => {
  let checks: Check<unknown>[]
  let findings: FixtureFinding[]

  beforeAll(async () => {
    checks = await loadChecks()
    ;({ findings } = await scanFixtures('test/fixtures/iac', { now: new Date('2026-01-01T00:00:00Z') }))
  }, 120_000)

  it('every check on an adapted resource type decides on the fixtures, except those needing facts code cannot state', () => {
    const produced = producedTypes()
    const decided = new Set(findings.filter((f) => f.status !== 'error').map((f) => f.checkId))
    const undecided = checks.filter((c) => produced.has(c.resourceType) && !decided.has(c.id)).map((c) => c.id)
    expect(undecided.sort()).toEqual(Object.keys(NOT_FROM_CODE).sort())
  })

  it('the AWS checks that never run on code are exactly those on account-wide state', () => {
    const produced = producedTypes()
    // Azure and Google Cloud IaC (azurerm_*, google_*) is not adapted yet: their checks run on live scans only.
    const aws = checks.filter((c) => c.provider === 'aws')
    const missing = [...new Set(aws.filter((c) => !produced.has(c.resourceType)).map((c) => c.resourceType))]
    expect(missing.sort()).toEqual(ACCOUNT_WIDE)
  })

  it('no fixture yields an ERROR finding (undecidable checks are set aside as not evaluated)', () => {
    expect(findings.filter((f) => f.status === 'error').map((f) => `${f.checkId} ${f.file}:${f.line}`)).toEqual([])
  })

  it('decides Lambda multi-AZ placement from subnets declared in code', async () => {
    const { findings: f } = await scanFixtures('test/fixtures/iac/lambda/terraform-vpc')
    expect(verdicts(f, 'aws-lambda-function-vpc-multi-az')).toEqual([
      ['aws_lambda_function.single_az', 'fail', 17],
      ['aws_lambda_function.multi_az', 'pass', 30],
    ])
  })

  it('fails an attachment of AWSCloudShellFullAccess declared in code', async () => {
    const { findings: f } = await scanFixtures('test/fixtures/iac/iam/terraform-cloudshell')
    expect(verdicts(f, 'aws-iam-cloudshell-full-access-restricted')).toEqual([['aws_iam_role_policy_attachment.cloudshell', 'fail', 13]])
  })
})
