/** Test fixture for Lambda function checks (not a check: the registry loads aws-* files only). */
import { AWS, type LambdaFunctionAttributes } from '../../../normalize/aws/types.js'
import { awsFixture } from '../../_shared/testing.js'

/** A well-configured function `billing-api`. */
export const lambdaFn = (over: Partial<LambdaFunctionAttributes> = {}) =>
  awsFixture<LambdaFunctionAttributes>(
    AWS.lambdaFunction,
    {
      functionName: 'billing-api',
      runtime: 'python3.13',
      packageType: 'Zip',
      roleArn: 'arn:aws:iam::111122223333:role/billing-api',
      lastModified: '2026-04-01T10:00:00.000Z',
      environmentVariableNames: ['TABLE_NAME'],
      environmentSecrets: [],
      kmsKeyArn: 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab',
      tracingMode: 'Active',
      deadLetterTargetArn: null,
      onFailureDestination: 'arn:aws:sqs:us-east-1:111122223333:billing-failures',
      vpc: null,
      policy: null,
      functionUrl: null,
      codeSigningConfigArn: 'arn:aws:lambda:us-east-1:111122223333:code-signing-config:csc-0123456789abcdef0',
      ...over,
    },
    { uid: 'arn:aws:lambda:us-east-1:111122223333:function:billing-api', name: 'billing-api' },
  )
