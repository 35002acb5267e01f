import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type LambdaFunctionAttributes } from '../../../normalize/aws/types.js'

/** .zip functions should have a code signing configuration so that only signed, untampered code can be deployed. */
export default defineCheck<LambdaFunctionAttributes>({
  id: 'aws-lambda-function-code-signing',
  title: 'Lambda function has a code signing configuration',
  resourceType: AWS.lambdaFunction,
  severity: 'low',
  categories: ['identity'],
  rationale:
    'Without code signing, anyone who obtains lambda:UpdateFunctionCode (or write access to the deployment bucket) can deploy any ' +
    'code; a code signing configuration makes Lambda reject packages not signed by an approved AWS Signer profile.',
  remediation: {
    steps: [
      'Create an AWS Signer signing profile and a Lambda code signing configuration that trusts it (policy Enforce).',
      'Sign the deployment packages in the pipeline and attach the configuration to the function.',
    ],
    cli: 'aws lambda put-function-code-signing-config --function-name <name> --code-signing-config-arn <csc-arn>',
    terraform: 'aws_lambda_function: code_signing_config_arn = aws_lambda_code_signing_config.<name>.arn.',
    references: ['https://docs.aws.amazon.com/lambda/latest/dg/configuration-codesigning.html'],
  },
  // Code signing applies to .zip packages only; container images are verified through the registry instead.
  applies: (fn) => fn.attributes.packageType !== 'Image',
  evaluate(fn, result) {
    const name = fn.attributes.functionName
    const arn = known(fn.attributes.codeSigningConfigArn, `code signing configuration of ${name}`)
    return arn
      ? result.pass(`Function ${name} enforces code signing configuration ${arn}.`)
      : result.fail(`Function ${name} has no code signing configuration, so unsigned code can be deployed to it.`)
  },
})
