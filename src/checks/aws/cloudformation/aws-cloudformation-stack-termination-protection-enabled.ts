import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type CloudFormationStackAttributes } from '../../../normalize/aws/types.js'

/** Root stacks should have termination protection, so one delete-stack call cannot tear down everything they manage. */
export default defineCheck<CloudFormationStackAttributes>({
  id: 'aws-cloudformation-stack-termination-protection-enabled',
  title: 'CloudFormation stack has termination protection enabled',
  resourceType: AWS.cloudformationStack,
  severity: 'low',
  categories: ['resilience'],
  rationale:
    'Deleting a stack deletes every resource it manages (databases, buckets without retain policies, networks). Termination protection ' +
    'makes DeleteStack fail until someone deliberately turns it off, which stops accidental or scripted deletions.',
  remediation: {
    steps: ['Enable termination protection on the stack (nested stacks inherit it from their root stack).'],
    cli: 'aws cloudformation update-termination-protection --enable-termination-protection --stack-name <stack>',
    terraform:
      'Not exposed by aws_cloudformation_stack; enable it with the CLI or in the console, or deploy with `aws cloudformation deploy` and set it afterwards.',
    references: ['https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-protect-stacks.html'],
  },
  // Termination protection is set on the root stack and applies to its nested stacks.
  applies: (stack) => stack.attributes.rootStackId === null,
  evaluate(stack, result) {
    const { stackName, terminationProtection } = stack.attributes
    return terminationProtection
      ? result.pass(`Stack ${stackName} has termination protection enabled.`)
      : result.fail(`Stack ${stackName} can be deleted without turning off termination protection first.`)
  },
})
