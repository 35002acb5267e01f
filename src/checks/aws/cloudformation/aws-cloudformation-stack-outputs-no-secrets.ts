import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type CloudFormationStackAttributes } from '../../../normalize/aws/types.js'
import { secretsVerdict } from '../../_shared/secrets.js'

/** Stack outputs must not carry credentials: they are plaintext to anyone who can describe the stack. */
export default defineCheck<CloudFormationStackAttributes>({
  id: 'aws-cloudformation-stack-outputs-no-secrets',
  title: 'CloudFormation stack outputs contain no credentials or tokens',
  resourceType: AWS.cloudformationStack,
  severity: 'critical',
  categories: ['secrets'],
  rationale:
    'Stack outputs are shown in plaintext by the console and by cloudformation:DescribeStacks, which read-only roles, CI systems and ' +
    'auditors commonly hold, and exported outputs are readable by every stack in the region. A password or key in an output is therefore ' +
    'readable far beyond the people meant to have it.',
  remediation: {
    steps: [
      'Remove the output (or output a Secrets Manager ARN or SSM parameter name instead of the value).',
      'Rotate the exposed credential, since it has been readable by everyone with DescribeStacks.',
      'Use dynamic references ({{resolve:secretsmanager:...}}) to pass secrets between stacks.',
    ],
    cli: 'aws cloudformation update-stack --stack-name <stack> --template-body file://template-without-secret-output.yaml',
    terraform: 'aws_cloudformation_stack: remove the secret from the template Outputs; in Terraform outputs use sensitive = true and a secret store.',
    references: ['https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/security-best-practices.html#creds'],
  },
  evaluate: (stack, result) => secretsVerdict(stack.attributes.outputSecrets, `the outputs of stack ${stack.attributes.stackName}`, result),
})
