import check from './aws-sqs-queue-not-shared-outside-org.js'
import { AWS, type SqsQueueAttributes } from '../../../normalize/aws/types.js'
import { awsFixture } from '../../_shared/testing.js'
import { describeCrossAccountPolicyCheck } from '../../_shared/cross-account-testing.js'

describeCrossAccountPolicyCheck(check, {
  resource: 'arn:aws:sqs:us-east-1:111122223333:orders',
  action: 'sqs:ReceiveMessage',
  fixture: (policy) =>
    awsFixture<SqsQueueAttributes>(AWS.sqsQueue, {
      queueName: 'orders',
      queueUrl: 'https://sqs.us-east-1.amazonaws.com/111122223333/orders',
      kmsMasterKeyId: null,
      sqsManagedSseEnabled: true,
      policy,
    }),
})
