import { describe, expect, it } from 'vitest'
import { scanFixtures, verdicts } from '../../scan/iac-testing.js'
import { cfn, judge, tf } from '../../scan/iac-adapter-testing.js'

const NOW = new Date('2026-04-15T00:00:00Z')

describe('ECR from CloudFormation', async () => {
  const { findings, report } = await scanFixtures('test/fixtures/iac/ecr/cloudformation/repositories.yaml', { now: NOW })

  it('reads tag mutability, scan on push, encryption and the inline lifecycle policy', () => {
    const expected = (shared: 'pass' | 'fail') => [
      ['BadRepository', 'fail', 4],
      ['GoodRepository', 'pass', 18],
      ['SharedRepository', shared, 40],
    ]
    expect(verdicts(findings, 'aws-ecr-repository-tag-immutability')).toEqual(expected('pass'))
    expect(verdicts(findings, 'aws-ecr-repository-scan-on-push')).toEqual(expected('fail'))
    expect(verdicts(findings, 'aws-ecr-repository-encrypted-kms')).toEqual(expected('fail'))
    expect(verdicts(findings, 'aws-ecr-repository-lifecycle-policy')).toEqual(expected('fail'))
  })

  it('reads the inline repository policy', () => {
    expect(verdicts(findings, 'aws-ecr-repository-policy-not-public')).toEqual([
      ['BadRepository', 'fail', 4],
      ['GoodRepository', 'pass', 18],
      ['SharedRepository', 'pass', 40],
    ])
    // Whether 444455556666 belongs to the organization is not in the code: the check cannot decide (ERROR in a live
    // scan without organizations:ListAccounts), so the IaC scan lists it as not evaluated.
    expect(verdicts(findings, 'aws-ecr-repository-not-shared-outside-org')).toEqual([
      ['BadRepository', 'pass', 4],
      ['GoodRepository', 'pass', 18],
    ])
    const skipped = report.iac.notEvaluated.map((n) => [n.checkId, n.location.address, n.location.startLine])
    expect(skipped).toEqual([['aws-ecr-repository-not-shared-outside-org', 'SharedRepository', 40]])
    expect(report.iac.notEvaluated[0]?.reason).toContain('444455556666')
    expect(report.iac.problems).toEqual([])
  })

  it('applies a registry scanning configuration declared in the same template', async () => {
    const scanned = await scanFixtures('test/fixtures/iac/ecr/cloudformation/registry-scanning.yaml', { now: NOW })
    // Enhanced scanning covers only repositories matching a rule; the repository's own scanOnPush no longer counts.
    expect(verdicts(scanned.findings, 'aws-ecr-repository-scan-on-push')).toEqual([
      ['ProdRepository', 'pass', 13],
      ['DevRepository', 'fail', 17],
    ])
    expect(scanned.report.iac.unsupportedTypes).toEqual({})
  })
})

describe('ECR from Terraform HCL', async () => {
  const { findings, report } = await scanFixtures('test/fixtures/iac/ecr/terraform', { now: NOW })

  it('assembles repositories from aws_ecr_repository, its policy and its lifecycle policy', () => {
    const expected = (shared: 'pass' | 'fail') => [
      ['aws_ecr_repository.bad', 'fail', 2],
      ['aws_ecr_repository.good', 'pass', 29],
      ['aws_ecr_repository.shared', shared, 60],
    ]
    expect(verdicts(findings, 'aws-ecr-repository-tag-immutability')).toEqual(expected('pass'))
    expect(verdicts(findings, 'aws-ecr-repository-scan-on-push')).toEqual(expected('fail'))
    expect(verdicts(findings, 'aws-ecr-repository-encrypted-kms')).toEqual(expected('fail'))
    expect(verdicts(findings, 'aws-ecr-repository-lifecycle-policy')).toEqual(expected('fail'))
    expect(verdicts(findings, 'aws-ecr-repository-policy-not-public')).toEqual(expected('pass'))
    expect(verdicts(findings, 'aws-ecr-repository-not-shared-outside-org')).toEqual([
      ['aws_ecr_repository.bad', 'pass', 2],
      ['aws_ecr_repository.good', 'pass', 29],
    ])
    expect(report.iac.notEvaluated.map((n) => [n.checkId, n.location.address])).toEqual([
      ['aws-ecr-repository-not-shared-outside-org', 'aws_ecr_repository.shared'],
    ])
  })
})

describe('ECR Terraform adapters (planned values)', () => {
  const publicPolicy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 'ecr:BatchGetImage' }] })

  it('folds policies found by reference or by literal name, and reads the defaults of a bare repository', async () => {
    const judged = await judge([
      tf('aws_ecr_repository', 'bare', { name: 'bare' }),
      tf('aws_ecr_repository_policy', 'bare', { repository: 'bare', policy: publicPolicy }),
      tf('aws_ecr_repository', 'good', {
        name: 'good',
        image_tag_mutability: 'IMMUTABLE',
        image_scanning_configuration: [{ scan_on_push: true }],
        encryption_configuration: [{ encryption_type: 'KMS', kms_key: { $ref: 'aws_kms_key.k', attribute: 'arn' } }],
      }),
      tf('aws_kms_key', 'k', {}),
      tf('aws_ecr_lifecycle_policy', 'good', {
        repository: { $ref: 'aws_ecr_repository.good', attribute: 'name' },
        policy: JSON.stringify({ rules: [{ rulePriority: 1, selection: { tagStatus: 'any', countType: 'imageCountMoreThan', countNumber: 10 } }] }),
      }),
    ])
    for (const checkId of [
      'aws-ecr-repository-tag-immutability',
      'aws-ecr-repository-scan-on-push',
      'aws-ecr-repository-encrypted-kms',
      'aws-ecr-repository-lifecycle-policy',
      'aws-ecr-repository-policy-not-public',
    ]) {
      expect(judged.verdicts(checkId), checkId).toEqual([
        ['aws_ecr_repository.bare', 'fail'],
        ['aws_ecr_repository.good', 'pass'],
      ])
    }
  })

  it('applies an enhanced registry scanning configuration declared in the same module', async () => {
    const judged = await judge([
      tf('aws_ecr_registry_scanning_configuration', 'this', {
        scan_type: 'ENHANCED',
        rule: [{ scan_frequency: 'SCAN_ON_PUSH', repository_filter: [{ filter: 'prod-*', filter_type: 'WILDCARD' }] }],
      }),
      tf('aws_ecr_repository', 'prod', { name: 'prod-api' }),
      tf('aws_ecr_repository', 'dev', { name: 'dev-tools', image_scanning_configuration: [{ scan_on_push: true }] }),
    ])
    expect(judged.verdicts('aws-ecr-repository-scan-on-push')).toEqual([
      ['aws_ecr_repository.prod', 'pass'],
      ['aws_ecr_repository.dev', 'fail'],
    ])
  })

  it('leaves values known only after apply unjudged instead of failing them', async () => {
    const judged = await judge([
      tf('aws_ecr_repository', 'var', {
        name: 'var',
        image_tag_mutability: { $unknown: 'var.mutability' },
        encryption_configuration: { $unknown: 'known only after apply: dynamic block' },
      }),
      tf('aws_ecr_repository_policy', 'var', { repository: 'var', policy: { $unknown: 'data.aws_iam_policy_document.p.json' } }),
    ])
    expect(judged.verdicts('aws-ecr-repository-tag-immutability')).toEqual([])
    expect(judged.verdicts('aws-ecr-repository-encrypted-kms')).toEqual([])
    expect(judged.verdicts('aws-ecr-repository-policy-not-public')).toEqual([])
    expect(judged.notEvaluated.map(([id]) => id).sort()).toEqual([
      'aws-ecr-repository-encrypted-kms',
      'aws-ecr-repository-not-shared-outside-org',
      'aws-ecr-repository-policy-not-public',
      'aws-ecr-repository-tag-immutability',
    ])
    // Scan on push and the lifecycle policy are written (left out) in the code: they are judged.
    expect(judged.verdicts('aws-ecr-repository-scan-on-push')).toEqual([['aws_ecr_repository.var', 'fail']])
  })

  it('reads the CloudFormation lifecycle policy text and a policy given as a JSON string', async () => {
    const judged = await judge([
      cfn('AWS::ECR::Repository', 'Repo', {
        RepositoryName: 'repo',
        LifecyclePolicy: { LifecyclePolicyText: '{"rules": []}' },
        RepositoryPolicyText: publicPolicy,
      }),
    ])
    expect(judged.verdicts('aws-ecr-repository-lifecycle-policy')).toEqual([['Repo', 'fail']])
    expect(judged.verdicts('aws-ecr-repository-policy-not-public')).toEqual([['Repo', 'fail']])
  })
})
