import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type SqsQueueAttributes } from '../../../normalize/aws/types.js'
import { resourcePolicyVerdict } from '../../_shared/resource-policy.js'

/** SQS queue policies must not grant access to everyone (Principal "*" without a restricting condition). */
export default defineCheck<SqsQueueAttributes>({
  id: 'aws-sqs-queue-policy-not-public',
  title: 'SQS queue policy does not allow access to any principal',
  resourceType: AWS.sqsQueue,
  severity: 'critical',
  categories: ['data-exposure'],
  rationale:
    'A queue policy statement that allows Principal "*" without a condition limiting who lets anyone, in any account, send messages into ' +
    'the queue (poisoning its consumers), receive and delete its messages, or purge it.',
  remediation: {
    steps: [
      'Remove Principal "*" from Allow statements of the queue policy, naming the accounts, roles or services that need access instead.',
      'Or keep the statement and add a condition that limits who can use it, such as aws:PrincipalOrgID, aws:SourceAccount or aws:SourceVpce.',
    ],
    cli: 'aws sqs set-queue-attributes --queue-url <queue-url> --attributes Policy=file://restricted-policy.json',
    terraform: 'In the aws_sqs_queue_policy document, replace principals { type = "*" } with named principals or add a restricting condition block.',
    references: [
      'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-security-best-practices.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html',
    ],
  },
  evaluate: (r, result, ctx) => resourcePolicyVerdict(r, `queue ${r.attributes.queueName}`, result, ctx),
})
