import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type CloudFormationStackAttributes } from '../../../normalize/aws/types.js'

/** Stacks should run with a dedicated service role instead of whatever credentials the caller has. */
export default defineCheck<CloudFormationStackAttributes>({
  id: 'aws-cloudformation-stack-service-role-configured',
  title: 'CloudFormation stack uses a dedicated service role',
  resourceType: AWS.cloudformationStack,
  severity: 'low',
  categories: ['identity'],
  rationale:
    'Without a service role CloudFormation acts with the permissions of whoever updates the stack, so deployers need broad rights to every ' +
    'resource type in it. A service role scoped to the stack lets deployers hold only cloudformation:* and iam:PassRole for that role.',
  remediation: {
    steps: [
      "Create an IAM role trusted by cloudformation.amazonaws.com with the permissions the stack's resources need.",
      'Update the stack with the role; grant deployers iam:PassRole on it instead of broad resource permissions.',
    ],
    cli: 'aws cloudformation update-stack --stack-name <stack> --use-previous-template --role-arn <role-arn>',
    terraform: 'aws_cloudformation_stack: iam_role_arn = <service role ARN>.',
    references: ['https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-iam-servicerole.html'],
  },
  // Nested stacks run with the role of their root stack.
  applies: (stack) => stack.attributes.rootStackId === null,
  evaluate(stack, result) {
    const { stackName, roleArn } = stack.attributes
    return roleArn
      ? result.pass(`Stack ${stackName} uses the service role ${roleArn}.`)
      : result.fail(`Stack ${stackName} has no service role, so it acts with the credentials of whoever deploys it.`)
  },
})
