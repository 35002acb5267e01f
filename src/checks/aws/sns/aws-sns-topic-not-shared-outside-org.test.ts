import check from './aws-sns-topic-not-shared-outside-org.js'
import { AWS, type SnsTopicAttributes } from '../../../normalize/aws/types.js'
import { awsFixture } from '../../_shared/testing.js'
import { describeCrossAccountPolicyCheck } from '../../_shared/cross-account-testing.js'

describeCrossAccountPolicyCheck(check, {
  resource: 'arn:aws:sns:us-east-1:111122223333:alerts',
  action: 'SNS:Subscribe',
  fixture: (policy) => awsFixture<SnsTopicAttributes>(AWS.snsTopic, { topicName: 'alerts', kmsMasterKeyId: null, policy }),
})
