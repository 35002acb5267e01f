import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type SqsQueueAttributes } from '../../../normalize/aws/types.js'
import { crossAccountPolicyVerdict } from '../../_shared/cross-account.js'

/** SQS queue policy does not grant accounts outside the organization (organization members and accounts declared trusted are fine). */
export default defineCheck<SqsQueueAttributes>({
  id: 'aws-sqs-queue-not-shared-outside-org',
  title: 'SQS queue policy does not grant accounts outside the organization',
  resourceType: AWS.sqsQueue,
  severity: 'high',
  categories: ['data-exposure'],
  rationale:
    'A queue policy naming another account lets its principals send, receive or delete messages: they can inject work for your consumers or read data in transit between your systems.',
  remediation: {
    steps: [
      'Remove principals of accounts outside your organization from the queue policy, or add an aws:PrincipalOrgID condition.',
      'For deliberate partner access, list the account under trustedAccounts in the Posture configuration so it is reviewed once, not on every scan.',
    ],
    cli: 'aws sqs set-queue-attributes --queue-url <queue-url> --attributes Policy=file://policy.json',
    terraform: 'aws_sqs_queue_policy: policy = a document whose AWS principals are accounts of your organization.',
    references: [
      'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-basic-examples-of-sqs-policies.html',
      'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_introduction.html',
    ],
  },
  evaluate: (r, result, ctx) => crossAccountPolicyVerdict(r, `queue ${r.attributes.queueName}`, result, ctx),
})
