import { describe, expect, it } from 'vitest'
import { isUnknown } from '../../core/unknown.js'
import type { SageMakerRaw } from '../../collect/aws/sagemaker.js'
import { normalizeSagemaker } from './sagemaker.js'
import { AWS, type SageMakerModelAttributes, type SageMakerNotebookInstanceAttributes } from './types.js'

const ACCOUNT = '111122223333'
const scope = { account: ACCOUNT, region: 'us-east-1', regions: ['us-east-1'] }
const NB_ARN = `arn:aws:sagemaker:us-east-1:${ACCOUNT}:notebook-instance/research`
const MODEL_ARN = `arn:aws:sagemaker:us-east-1:${ACCOUNT}:model/churn`
const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'
const TOKEN = 'ghp_abcdefghijklmnopqrstuvwxyz0123456789'
const denied = { ok: false as const, reason: 'AccessDeniedException: not authorized', code: 'AccessDeniedException' }

const raw = (over: Partial<SageMakerRaw> = {}): SageMakerRaw => ({
  notebooks: [
    {
      summary: { NotebookInstanceName: 'research', NotebookInstanceArn: NB_ARN, NotebookInstanceStatus: 'InService' },
      detail: {
        ok: true,
        value: {
          NotebookInstanceArn: NB_ARN,
          NotebookInstanceName: 'research',
          NotebookInstanceStatus: 'InService',
          SubnetId: 'subnet-0a1b2c3d',
          SecurityGroups: ['sg-0a1b2c3d'],
          RoleArn: `arn:aws:iam::${ACCOUNT}:role/sagemaker-exec`,
          KmsKeyId: 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab',
          DirectInternetAccess: 'Disabled',
          RootAccess: 'Enabled',
          PlatformIdentifier: 'notebook-al2-v3',
          InstanceType: 'ml.t3.medium',
          VolumeSizeInGB: 5,
        },
      },
    },
  ],
  endpointConfigs: [
    {
      summary: {
        EndpointConfigName: 'churn-config',
        EndpointConfigArn: `arn:aws:sagemaker:us-east-1:${ACCOUNT}:endpoint-config/churn-config`,
        CreationTime: new Date(),
      },
      detail: {
        ok: true,
        value: {
          EndpointConfigName: 'churn-config',
          EndpointConfigArn: `arn:aws:sagemaker:us-east-1:${ACCOUNT}:endpoint-config/churn-config`,
          ProductionVariants: [
            { VariantName: 'AllTraffic', ModelName: 'churn', InstanceType: 'ml.m5.large', InitialInstanceCount: 1 },
            { VariantName: 'Serverless', ModelName: 'churn', ServerlessConfig: { MemorySizeInMB: 2048, MaxConcurrency: 5 } },
          ],
          CreationTime: new Date(),
        },
      },
    },
  ],
  models: [
    {
      summary: { ModelName: 'churn', ModelArn: MODEL_ARN, CreationTime: new Date() },
      detail: {
        ok: true,
        value: {
          ModelName: 'churn',
          ModelArn: MODEL_ARN,
          ExecutionRoleArn: `arn:aws:iam::${ACCOUNT}:role/sagemaker-exec`,
          PrimaryContainer: {
            Image: '683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1',
            Environment: { SAGEMAKER_PROGRAM: 'inference.py', AWS_SECRET_ACCESS_KEY: SECRET },
          },
          CreationTime: new Date(),
        },
      },
    },
  ],
  lifecycleConfigs: [
    {
      summary: {
        NotebookInstanceLifecycleConfigName: 'install-packages',
        NotebookInstanceLifecycleConfigArn: `arn:aws:sagemaker:us-east-1:${ACCOUNT}:notebook-instance-lifecycle-config/install-packages`,
      },
      detail: {
        ok: true,
        value: {
          NotebookInstanceLifecycleConfigName: 'install-packages',
          OnStart: [{ Content: Buffer.from(`#!/bin/bash\nset -e\nexport GITHUB_TOKEN=${TOKEN}\npip install -q xgboost\n`).toString('base64') }],
        },
      },
    },
  ],
  ...over,
})

describe('normalizeSagemaker', () => {
  it('notebook instances with their settings', () => {
    const nb = normalizeSagemaker(raw(), scope).find((r) => r.type === AWS.sagemakerNotebookInstance)!
    expect(nb).toMatchObject({
      uid: NB_ARN,
      name: 'research',
      attributes: { rootAccess: true, directInternetAccess: false, subnetId: 'subnet-0a1b2c3d', securityGroupIds: ['sg-0a1b2c3d'] },
    })
    expect(nb.relations).toContainEqual({ kind: 'in-subnet', target: `arn:aws:ec2:us-east-1:${ACCOUNT}:subnet/subnet-0a1b2c3d` })
  })

  it('endpoint configurations: no key, one instance and one serverless variant', () => {
    const cfg = normalizeSagemaker(raw(), scope).find((r) => r.type === AWS.sagemakerEndpointConfig)!
    expect(cfg.attributes).toEqual({
      endpointConfigName: 'churn-config',
      kmsKeyId: null,
      productionVariants: [
        { variantName: 'AllTraffic', instanceType: 'ml.m5.large', serverless: false },
        { variantName: 'Serverless', instanceType: null, serverless: true },
      ],
    })
  })

  it('models: defaults, secrets found by name only, the value never stored', () => {
    const m = normalizeSagemaker(raw(), scope).find((r) => r.type === AWS.sagemakerModel)!
    const a = m.attributes as SageMakerModelAttributes
    expect(a.enableNetworkIsolation).toBe(false)
    expect(a.vpcConfig).toBeNull()
    expect(a.environmentVariableNames).toEqual(['primary/SAGEMAKER_PROGRAM', 'primary/AWS_SECRET_ACCESS_KEY'])
    expect(a.environmentSecrets).toHaveLength(1)
    expect(JSON.stringify(m)).not.toContain(SECRET)
  })

  it('lifecycle configurations: secrets in base64 scripts, never the value', () => {
    const lc = normalizeSagemaker(raw(), scope).find((r) => r.type === AWS.sagemakerNotebookLifecycleConfig)!
    expect(lc.attributes).toMatchObject({ lifecycleConfigName: 'install-packages', scriptSecrets: [{ location: 'OnStart script line 3' }] })
    expect(JSON.stringify(lc)).not.toContain(TOKEN)
  })

  it('a failed Describe leaves the settings Unknown but keeps the resource', () => {
    const r = raw()
    r.notebooks[0]!.detail = denied
    r.models[0]!.detail = denied
    const out = normalizeSagemaker(r, scope)
    const nb = out.find((x) => x.type === AWS.sagemakerNotebookInstance)!
    const a = nb.attributes as SageMakerNotebookInstanceAttributes
    expect(nb.uid).toBe(NB_ARN)
    expect(isUnknown(a.rootAccess)).toBe(true)
    expect(isUnknown(a.kmsKeyId)).toBe(true)
    const m = out.find((x) => x.type === AWS.sagemakerModel)!.attributes as SageMakerModelAttributes
    expect(isUnknown(m.environmentSecrets)).toBe(true)
    expect(isUnknown(m.enableNetworkIsolation)).toBe(true)
  })
})
