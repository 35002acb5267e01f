import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type LambdaFunctionAttributes } from '../../../normalize/aws/types.js'
import { secretsVerdict } from '../../_shared/secrets.js'

/** Function environment variables must not hold credentials or tokens in plaintext. */
export default defineCheck<LambdaFunctionAttributes>({
  id: 'aws-lambda-function-env-no-secrets',
  title: 'Lambda function environment variables contain no credentials or tokens',
  resourceType: AWS.lambdaFunction,
  severity: 'critical',
  categories: ['secrets'],
  rationale:
    'Environment variables are returned decrypted by GetFunctionConfiguration and ListFunctions to anyone allowed those read-only calls, ' +
    'show in the console, and are copied into every published version: a password or API key there is readable far beyond the function.',
  remediation: {
    steps: [
      'Rotate the credential found in the environment: treat it as compromised.',
      'Store it in AWS Secrets Manager or SSM Parameter Store and read it at run time (e.g. with the Parameters and Secrets Lambda extension).',
      'Replace the variable with the secret name or ARN, and publish new versions without the value.',
    ],
    cli: 'aws lambda update-function-configuration --function-name <name> --environment "Variables={DB_SECRET_ARN=<secret-arn>}"',
    terraform: 'aws_lambda_function: environment { variables = { DB_SECRET_ARN = aws_secretsmanager_secret.<name>.arn } } instead of the value.',
    references: [
      'https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html',
      'https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets_lambda.html',
    ],
  },
  evaluate: (fn, result) => secretsVerdict(fn.attributes.environmentSecrets, `the environment of function ${fn.attributes.functionName}`, result),
})
