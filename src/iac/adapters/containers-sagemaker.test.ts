import { describe, expect, it } from 'vitest'
import { scanFixtures, verdicts } from '../../scan/iac-testing.js'
import { adaptAll } from '../adapt.js'
import { cfn, judge, tf } from '../../scan/iac-adapter-testing.js'

const NOW = new Date('2026-04-15T00:00:00Z')

const NOTEBOOK_CHECKS = [
  'aws-sagemaker-notebook-direct-internet-disabled',
  'aws-sagemaker-notebook-in-vpc',
  'aws-sagemaker-notebook-kms-key',
  'aws-sagemaker-notebook-root-access-disabled',
]
const MODEL_CHECKS = ['aws-sagemaker-model-in-vpc', 'aws-sagemaker-model-network-isolation', 'aws-sagemaker-model-no-secrets-in-environment']

describe('SageMaker from CloudFormation', async () => {
  const { findings, report } = await scanFixtures('test/fixtures/iac/sagemaker/cloudformation', { now: NOW })

  it.each(NOTEBOOK_CHECKS)('%s: root access and direct internet access default to Enabled', (checkId) => {
    expect(verdicts(findings, checkId)).toEqual([
      ['BadNotebook', 'fail', 4],
      ['GoodNotebook', 'pass', 11],
    ])
  })

  it.each(MODEL_CHECKS)('%s fails the bad model and passes the good one', (checkId) => {
    expect(verdicts(findings, checkId)).toEqual([
      ['BadModel', 'fail', 39],
      ['GoodModel', 'pass', 48],
    ])
  })

  it('requires a KMS key unless no variant has a volume a key could encrypt', () => {
    expect(verdicts(findings, 'aws-sagemaker-endpoint-config-kms-key')).toEqual([
      ['BadEndpointConfig', 'fail', 61],
      ['GoodEndpointConfig', 'pass', 70],
      ['ServerlessEndpointConfig', 'pass', 80],
    ])
  })

  it('scans the decoded lifecycle scripts', () => {
    expect(verdicts(findings, 'aws-sagemaker-lifecycle-config-no-secrets')).toEqual([
      ['BadLifecycle', 'fail', 22],
      ['GoodLifecycle', 'pass', 31],
    ])
    const message = report.findings.find((f) => f.checkId === 'aws-sagemaker-lifecycle-config-no-secrets' && f.status === 'fail')?.message
    expect(message).toContain('OnStart script line 2')
    expect(message).not.toContain('Zq8!rT2#vLx9Wm4K')
    expect(report.iac.notEvaluated).toEqual([])
  })
})

describe('SageMaker from Terraform HCL', async () => {
  const { findings, report } = await scanFixtures('test/fixtures/iac/sagemaker/terraform', { now: NOW })

  it('judges notebooks, models, endpoint configurations and lifecycle configurations', () => {
    for (const checkId of NOTEBOOK_CHECKS) {
      expect(verdicts(findings, checkId), checkId).toEqual([
        ['aws_sagemaker_notebook_instance.bad', 'fail', 22],
        ['aws_sagemaker_notebook_instance.good', 'pass', 34],
      ])
    }
    expect(verdicts(findings, 'aws-sagemaker-model-in-vpc')).toEqual([
      ['aws_sagemaker_model.bad', 'fail', 45],
      ['aws_sagemaker_model.good', 'pass', 57],
      ['aws_sagemaker_model.variable', 'fail', 75],
    ])
    expect(verdicts(findings, 'aws-sagemaker-model-network-isolation')).toEqual([
      ['aws_sagemaker_model.bad', 'fail', 45],
      ['aws_sagemaker_model.good', 'pass', 57],
      ['aws_sagemaker_model.variable', 'fail', 75],
    ])
    // DB_PASSWORD = var.db_password: a variable without default, so the deployed value is not in the code.
    expect(verdicts(findings, 'aws-sagemaker-model-no-secrets-in-environment')).toEqual([
      ['aws_sagemaker_model.bad', 'fail', 45],
      ['aws_sagemaker_model.good', 'pass', 57],
    ])
    expect(report.iac.notEvaluated.map((n) => [n.checkId, n.location.address])).toEqual([
      ['aws-sagemaker-model-no-secrets-in-environment', 'aws_sagemaker_model.variable'],
    ])
    expect(verdicts(findings, 'aws-sagemaker-endpoint-config-kms-key')).toEqual([
      ['aws_sagemaker_endpoint_configuration.bad', 'fail', 87],
      ['aws_sagemaker_endpoint_configuration.good', 'pass', 98],
    ])
    expect(verdicts(findings, 'aws-sagemaker-lifecycle-config-no-secrets')).toEqual([
      ['aws_sagemaker_notebook_instance_lifecycle_configuration.bad', 'fail', 7],
      ['aws_sagemaker_notebook_instance_lifecycle_configuration.good', 'pass', 17],
    ])
  })
})

describe('SageMaker Terraform adapters (planned values)', () => {
  const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64')

  it('reads notebook settings, a key referenced in the same module, and the subnet relation', async () => {
    const resources = [
      tf('aws_kms_key', 'k', {}),
      tf('aws_subnet', 'private', { cidr_block: '10.0.1.0/24' }),
      tf('aws_sagemaker_notebook_instance', 'nb', {
        name: 'nb',
        root_access: 'Disabled',
        direct_internet_access: 'Disabled',
        kms_key_id: { $ref: 'aws_kms_key.k', attribute: 'arn' },
        subnet_id: { $ref: 'aws_subnet.private', attribute: 'id' },
        security_groups: [{ $ref: 'aws_security_group.nb', attribute: 'id' }],
      }),
    ]
    const judged = await judge(resources)
    for (const checkId of NOTEBOOK_CHECKS) expect(judged.verdicts(checkId), checkId).toEqual([['aws_sagemaker_notebook_instance.nb', 'pass']])
    const nb = adaptAll(resources).resources.find((r) => r.type === 'aws.sagemaker.notebook-instance')
    expect(nb?.relations).toEqual([
      { kind: 'in-subnet', target: 'tf:test:aws_subnet.private' },
      { kind: 'uses-kms-key', target: 'tf:test:aws_kms_key.k' },
    ])
    expect(nb?.attributes).toMatchObject({ securityGroupIds: ['aws_security_group.nb.id'] })
    // The status is a fact of the deployed instance.
    expect(nb?.attributes).toMatchObject({ status: { $unknown: 'not known from code: notebook instance status' } })
  })

  it('reads inference pipeline containers and leaves a KMS key from an unset variable unjudged', async () => {
    const judged = await judge([
      tf('aws_sagemaker_model', 'pipeline', {
        name: 'pipeline',
        container: [
          { image: 'a', container_hostname: 'pre', environment: { LOG_LEVEL: 'info' } },
          { image: 'b', environment: { API_KEY: 'Zq8!rT2#vLx9Wm4K' } },
        ],
      }),
      tf('aws_sagemaker_endpoint_configuration', 'var_key', {
        name: 'var-key',
        kms_key_arn: { $unknown: 'var.kms_key_arn' },
        production_variants: [{ model_name: 'm', instance_type: 'ml.m5.large' }],
      }),
      tf('aws_sagemaker_endpoint_configuration', 'nvme', {
        name: 'nvme',
        production_variants: [{ variant_name: 'gpu', model_name: 'm', instance_type: 'ml.g5.xlarge' }],
      }),
      tf('aws_sagemaker_notebook_instance_lifecycle_configuration', 'lc', {
        name: 'lc',
        on_create: base64('#!/bin/bash\nexport GITHUB_TOKEN=Zq8!rT2#vLx9Wm4K\n'),
        on_start: base64('#!/bin/bash\necho started\n'),
      }),
    ])
    expect(judged.verdicts('aws-sagemaker-model-no-secrets-in-environment')).toEqual([['aws_sagemaker_model.pipeline', 'fail']])
    expect(judged.verdicts('aws-sagemaker-endpoint-config-kms-key')).toEqual([['aws_sagemaker_endpoint_configuration.nvme', 'pass']])
    expect(judged.notEvaluated.map(([id, address]) => [id, address])).toEqual([
      ['aws-sagemaker-endpoint-config-kms-key', 'aws_sagemaker_endpoint_configuration.var_key'],
    ])
    expect(judged.verdicts('aws-sagemaker-lifecycle-config-no-secrets')).toEqual([
      ['aws_sagemaker_notebook_instance_lifecycle_configuration.lc', 'fail'],
    ])
  })

  it('names CloudFormation resources without a name after their logical id', () => {
    const { resources } = adaptAll([cfn('AWS::SageMaker::Model', 'Classifier', { PrimaryContainer: { Image: 'x' } })])
    expect(resources[0]?.attributes).toMatchObject({ modelName: 'Classifier', environmentVariableNames: [], vpcConfig: null })
  })
})
