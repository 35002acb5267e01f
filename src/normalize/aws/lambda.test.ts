import { describe, expect, it } from 'vitest'
import { isUnknown } from '../../core/unknown.js'
import type { FunctionConfiguration, LambdaFunctionRaw } from '../../collect/aws/lambda.js'
import { normalizeLambda } from './lambda.js'
import { AWS } from './types.js'

const ACCOUNT = '111122223333'
const scope = { account: ACCOUNT, region: 'us-east-1', regions: ['us-east-1'] }
const ARN = `arn:aws:lambda:us-east-1:${ACCOUNT}:function:billing-api`
const SECRET = ['sk_live_', '4eC39HqLyjWDarjtT1zdp7dc'].join('')
const POLICY = JSON.stringify({
  Version: '2012-10-17',
  Id: 'default',
  Statement: [
    {
      Sid: 'apigw',
      Effect: 'Allow',
      Principal: { Service: 'apigateway.amazonaws.com' },
      Action: 'lambda:InvokeFunction',
      Resource: ARN,
      Condition: { ArnLike: { 'AWS:SourceArn': `arn:aws:execute-api:us-east-1:${ACCOUNT}:abc123/*` } },
    },
  ],
})

const config = (over: Partial<FunctionConfiguration> = {}): FunctionConfiguration => ({
  FunctionName: 'billing-api',
  FunctionArn: ARN,
  Runtime: 'nodejs20.x',
  Role: `arn:aws:iam::${ACCOUNT}:role/billing-api`,
  Handler: 'index.handler',
  CodeSize: 1024,
  Timeout: 10,
  MemorySize: 256,
  LastModified: '2026-04-01T10:00:00.000+0000',
  PackageType: 'Zip',
  TracingConfig: { Mode: 'Active' },
  Environment: { Variables: { STRIPE_KEY: SECRET, TABLE_NAME: 'billing', DB_PASSWORD_ARN: `arn:aws:secretsmanager:us-east-1:${ACCOUNT}:secret:db` } },
  KMSKeyArn: `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`,
  DeadLetterConfig: { TargetArn: `arn:aws:sqs:us-east-1:${ACCOUNT}:billing-dlq` },
  VpcConfig: { VpcId: 'vpc-111', SubnetIds: ['subnet-aaa', 'subnet-bbb'], SecurityGroupIds: ['sg-1'] },
  ...over,
})

const ok = <T>(value: T) => ({ ok: true as const, value })
const denied = { ok: false as const, reason: 'AccessDeniedException', code: 'AccessDeniedException' }
const raw = (over: Partial<LambdaFunctionRaw> = {}): LambdaFunctionRaw => ({
  configuration: config(),
  policy: ok(POLICY),
  url: ok({ FunctionUrl: 'https://abcdefg.lambda-url.us-east-1.on.aws/', AuthType: 'AWS_IAM' }),
  onFailure: ok(`arn:aws:sns:us-east-1:${ACCOUNT}:billing-failures`),
  codeSigning: ok(null),
  ...over,
})

describe('normalizeLambda', () => {
  it('a fully configured function; environment values are reduced to names and hits', () => {
    const [r] = normalizeLambda({ functions: [raw()] }, scope)
    expect(r).toMatchObject({
      uid: ARN,
      type: AWS.lambdaFunction,
      name: 'billing-api',
      attributes: {
        functionName: 'billing-api',
        runtime: 'nodejs20.x',
        packageType: 'Zip',
        lastModified: '2026-04-01T10:00:00.000Z',
        environmentVariableNames: ['DB_PASSWORD_ARN', 'STRIPE_KEY', 'TABLE_NAME'],
        environmentSecrets: [{ location: 'environment variable STRIPE_KEY', kind: 'Stripe secret key' }],
        tracingMode: 'Active',
        deadLetterTargetArn: `arn:aws:sqs:us-east-1:${ACCOUNT}:billing-dlq`,
        onFailureDestination: `arn:aws:sns:us-east-1:${ACCOUNT}:billing-failures`,
        vpc: { vpcId: 'vpc-111', subnetIds: ['subnet-aaa', 'subnet-bbb'], securityGroupIds: ['sg-1'] },
        policy: { Id: 'default' },
        functionUrl: { url: 'https://abcdefg.lambda-url.us-east-1.on.aws/', authType: 'AWS_IAM' },
        codeSigningConfigArn: null,
      },
    })
    expect(r!.relations.map((x) => x.kind)).toEqual(['uses-role', 'uses-kms-key', 'in-subnet', 'in-subnet', 'uses-security-group'])
    expect(JSON.stringify(r)).not.toContain(SECRET)
  })

  it('a bare container-image function: nothing configured', () => {
    const [r] = normalizeLambda(
      {
        functions: [
          raw({
            configuration: config({
              Runtime: undefined,
              PackageType: 'Image',
              Environment: undefined,
              KMSKeyArn: undefined,
              DeadLetterConfig: undefined,
              TracingConfig: { Mode: 'PassThrough' },
              VpcConfig: { SubnetIds: [], SecurityGroupIds: [], VpcId: '' },
            }),
            policy: ok(null),
            url: ok(null),
            onFailure: ok(null),
          }),
        ],
      },
      scope,
    )
    expect(r!.attributes).toMatchObject({
      runtime: null,
      packageType: 'Image',
      environmentVariableNames: [],
      environmentSecrets: null,
      kmsKeyArn: null,
      tracingMode: 'PassThrough',
      deadLetterTargetArn: null,
      onFailureDestination: null,
      vpc: null,
      policy: null,
      functionUrl: null,
    })
  })

  it('failed per-function calls and an undecryptable environment → only those attributes Unknown', () => {
    const [r] = normalizeLambda(
      {
        functions: [
          raw({
            configuration: config({ Environment: { Error: { ErrorCode: 'KMSAccessDeniedException', Message: 'Lambda was unable to decrypt' } } }),
            policy: denied,
            url: denied,
            onFailure: denied,
            codeSigning: denied,
          }),
        ],
      },
      scope,
    )
    const a = r!.attributes
    for (const v of [a.environmentSecrets, a.policy, a.functionUrl, a.onFailureDestination, a.codeSigningConfigArn]) expect(isUnknown(v)).toBe(true)
    expect(a.runtime).toBe('nodejs20.x')
  })
})
