import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type CloudFormationStackAttributes } from '../../../normalize/aws/types.js'

/** Stacks should publish their events to an SNS topic, so changes and failures are seen as they happen. */
export default defineCheck<CloudFormationStackAttributes>({
  id: 'aws-cloudformation-stack-notifications-configured',
  title: 'CloudFormation stack sends its events to an SNS topic',
  resourceType: AWS.cloudformationStack,
  severity: 'low',
  categories: ['logging'],
  rationale:
    'With notifications, every create, update, rollback and delete of the stack is pushed to the team (or a SIEM) as it happens; without ' +
    'them an unexpected update or deletion of infrastructure is noticed only when something breaks.',
  remediation: {
    steps: [
      'Create an SNS topic for stack events and subscribe the team or a log pipeline to it.',
      'Update the stack with the topic as a notification ARN.',
    ],
    cli: 'aws cloudformation update-stack --stack-name <stack> --use-previous-template --notification-arns <topic-arn>',
    terraform: 'aws_cloudformation_stack: notification_arns = [<topic ARN>].',
    references: ['https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cfn-console-add-tags.html'],
  },
  applies: (stack) => stack.attributes.rootStackId === null,
  evaluate(stack, result) {
    const { stackName, notificationArns } = stack.attributes
    return notificationArns.length > 0
      ? result.pass(`Stack ${stackName} sends events to ${notificationArns.join(', ')}.`)
      : result.fail(`Stack ${stackName} has no SNS notification topic.`)
  },
})
