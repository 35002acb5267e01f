import { describe, expect, it } from 'vitest'
import { scanFixtures, verdicts } from '../../scan/iac-testing.js'
import { adaptAll } from '../adapt.js'
import { judge, tf } from '../../scan/iac-adapter-testing.js'

const NOW = new Date('2026-04-15T00:00:00Z')

const PROJECT_CHECKS = [
  'aws-codebuild-project-artifacts-encrypted',
  'aws-codebuild-project-logging-enabled',
  'aws-codebuild-project-no-plaintext-secrets',
  'aws-codebuild-project-not-public',
  'aws-codebuild-project-privileged-mode-disabled',
  'aws-codebuild-project-source-no-embedded-credentials',
]

describe('CodeBuild from CloudFormation', async () => {
  const { findings, report } = await scanFixtures('test/fixtures/iac/codebuild/cloudformation', { now: NOW })

  it.each(PROJECT_CHECKS)('%s fails the bad project and passes the others', (checkId) => {
    expect(verdicts(findings, checkId)).toEqual([
      ['BadProject', 'fail', 4],
      ['GoodProject', 'pass', 28],
      ['PlainLogsProject', 'pass', 53],
    ])
  })

  it('judges S3 log encryption only where S3 logs are on', () => {
    expect(verdicts(findings, 'aws-codebuild-project-s3-logs-encrypted')).toEqual([
      ['GoodProject', 'pass', 28],
      ['PlainLogsProject', 'fail', 53],
    ])
  })

  it('judges each stored source credential', () => {
    expect(verdicts(findings, 'aws-codebuild-source-credentials-no-personal-tokens')).toEqual([
      ['PersonalToken', 'fail', 72],
      ['Connection', 'pass', 78],
    ])
  })

  it('never shows the credential in a message', () => {
    const messages = report.findings.map((f) => f.message).join('\n')
    expect(messages).not.toContain('Xk9vT2rQ8mLz')
    expect(messages).not.toContain('Zq8!rT2#vLx9Wm4K')
    expect(report.iac.notEvaluated).toEqual([])
  })
})

describe('CodeBuild from Terraform HCL', async () => {
  const { findings, report } = await scanFixtures('test/fixtures/iac/codebuild/terraform', { now: NOW })

  it('judges projects and source credentials', () => {
    for (const checkId of PROJECT_CHECKS.filter((id) => id !== 'aws-codebuild-project-no-plaintext-secrets')) {
      expect(verdicts(findings, checkId), checkId).toEqual([
        ['aws_codebuild_project.bad', 'fail', 7],
        ['aws_codebuild_project.good', 'pass', 42],
        ['aws_codebuild_project.plain_logs', 'pass', 81],
      ])
    }
    // API_TOKEN = var.api_token: the variable has no default, so whether it is a credential is not in the code.
    expect(verdicts(findings, 'aws-codebuild-project-no-plaintext-secrets')).toEqual([
      ['aws_codebuild_project.bad', 'fail', 7],
      ['aws_codebuild_project.good', 'pass', 42],
    ])
    expect(report.iac.notEvaluated.map((n) => [n.checkId, n.location.address])).toEqual([
      ['aws-codebuild-project-no-plaintext-secrets', 'aws_codebuild_project.plain_logs'],
    ])
    expect(verdicts(findings, 'aws-codebuild-project-s3-logs-encrypted')).toEqual([
      ['aws_codebuild_project.good', 'pass', 42],
      ['aws_codebuild_project.plain_logs', 'fail', 81],
    ])
    expect(verdicts(findings, 'aws-codebuild-source-credentials-no-personal-tokens')).toEqual([
      ['aws_codebuild_source_credential.personal_token', 'fail', 114],
      ['aws_codebuild_source_credential.connection', 'pass', 120],
    ])
  })
})

describe('CodeBuild Terraform adapters (planned values)', () => {
  it('applies the API defaults to a minimal project', async () => {
    const judged = await judge([
      tf('aws_codebuild_project', 'minimal', {
        name: 'minimal',
        source: [{ type: 'NO_SOURCE' }],
        environment: [{ type: 'LINUX_CONTAINER', image: 'aws/codebuild/standard:7.0', compute_type: 'BUILD_GENERAL1_SMALL' }],
        artifacts: [{ type: 'S3', location: 'bucket' }],
      }),
    ])
    // CloudWatch Logs on, S3 logs off (so their encryption is not judged), private, not privileged, artifacts encrypted.
    for (const checkId of PROJECT_CHECKS) expect(judged.verdicts(checkId), checkId).toEqual([['aws_codebuild_project.minimal', 'pass']])
    expect(judged.verdicts('aws-codebuild-project-s3-logs-encrypted')).toEqual([])
  })

  it('finds credentials in secondary sources, and redacts them in the stored location', () => {
    const { resources } = adaptAll([
      tf('aws_codebuild_project', 'p', {
        name: 'p',
        source: [{ type: 'CODECOMMIT', location: 'https://git-codecommit.eu-west-1.amazonaws.com/v1/repos/app' }],
        secondary_sources: [{ source_identifier: 'tools', type: 'GITHUB', location: 'https://ci:Xk9vT2rQ8mLz@github.com/example/tools.git' }],
        secondary_artifacts: [{ artifact_identifier: 'reports', type: 'S3', encryption_disabled: true }],
        environment: [{ environment_variable: [{ name: 'DB_PASSWORD', type: 'PARAMETER_STORE', value: '/prod/db/password' }] }],
      }),
    ])
    const attributes = resources[0]?.attributes as Record<string, unknown>
    expect(attributes.sources).toEqual([
      { id: 'primary', type: 'CODECOMMIT', location: 'https://git-codecommit.eu-west-1.amazonaws.com/v1/repos/app' },
      { id: 'tools', type: 'GITHUB', location: 'https://***@github.com/example/tools.git' },
    ])
    expect(attributes.sourceCredentials).toEqual([
      { location: 'secondary source tools location', kind: 'user name and password or token in the repository URL' },
    ])
    expect(attributes.artifacts).toEqual([{ id: 'reports', type: 'S3', encryptionDisabled: true }])
    expect(attributes.environmentVariables).toEqual([{ name: 'DB_PASSWORD', type: 'PARAMETER_STORE' }])
    expect(attributes.plaintextSecrets).toEqual([])
  })

  it('leaves a source location known only after apply unjudged', async () => {
    const judged = await judge([
      tf('aws_codebuild_project', 'p', {
        name: 'p',
        source: [{ type: 'GITHUB', location: { $unknown: 'var.repository_url' } }],
        environment: [{}],
        artifacts: [{ type: 'NO_ARTIFACTS' }],
      }),
    ])
    expect(judged.verdicts('aws-codebuild-project-source-no-embedded-credentials')).toEqual([])
    expect(judged.notEvaluated.map(([id]) => id)).toEqual(['aws-codebuild-project-source-no-embedded-credentials'])
    expect(judged.verdicts('aws-codebuild-project-privileged-mode-disabled')).toEqual([['aws_codebuild_project.p', 'pass']])
  })
})
