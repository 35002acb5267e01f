import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type LambdaFunctionAttributes } from '../../../normalize/aws/types.js'

/** Environment variables should be encrypted with a customer-managed KMS key rather than the default aws/lambda key. */
export default defineCheck<LambdaFunctionAttributes>({
  id: 'aws-lambda-function-env-encrypted-cmk',
  title: 'Lambda function environment variables are encrypted with a customer-managed KMS key',
  resourceType: AWS.lambdaFunction,
  severity: 'low',
  categories: ['encryption'],
  rationale:
    'Lambda always encrypts environment variables at rest, by default with the AWS-managed key aws/lambda, whose policy you cannot ' +
    'restrict; a customer-managed key lets you limit who can decrypt the configuration and audit its use separately.',
  remediation: {
    steps: ['Create (or choose) a customer-managed KMS key, allow the function role kms:Decrypt, and set it as the function KMS key.'],
    cli: 'aws lambda update-function-configuration --function-name <name> --kms-key-arn <key-arn>',
    terraform: 'aws_lambda_function: kms_key_arn = aws_kms_key.<name>.arn.',
    references: ['https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars-encryption.html'],
  },
  // Only functions with environment variables have anything for the key to protect.
  applies: (fn) => fn.attributes.environmentSecrets !== null,
  evaluate(fn, result) {
    const { functionName, kmsKeyArn } = fn.attributes
    return kmsKeyArn
      ? result.pass(`Function ${functionName} encrypts its environment with ${kmsKeyArn}.`)
      : result.fail(`Function ${functionName} encrypts its environment variables with the AWS-managed key aws/lambda.`)
  },
})
