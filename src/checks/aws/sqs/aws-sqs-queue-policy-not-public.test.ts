import check from './aws-sqs-queue-policy-not-public.js'
import { AWS, type SqsQueueAttributes } from '../../../normalize/aws/types.js'
import { awsFixture } from '../../_shared/testing.js'
import { describePublicPolicyCheck } from '../../_shared/resource-policy-testing.js'

describePublicPolicyCheck(check, {
  resource: 'arn:aws:sqs:us-east-1:111122223333:orders',
  action: 'sqs:SendMessage',
  fixture: (policy) =>
    awsFixture<SqsQueueAttributes>(AWS.sqsQueue, {
      queueName: 'orders',
      queueUrl: 'https://sqs.us-east-1.amazonaws.com/111122223333/orders',
      kmsMasterKeyId: null,
      sqsManagedSseEnabled: true,
      policy,
    }),
})
