import check from './aws-sns-topic-policy-not-public.js'
import { AWS, type SnsTopicAttributes } from '../../../normalize/aws/types.js'
import { awsFixture } from '../../_shared/testing.js'
import { describePublicPolicyCheck } from '../../_shared/resource-policy-testing.js'

describePublicPolicyCheck(check, {
  resource: 'arn:aws:sns:us-east-1:111122223333:alerts',
  action: 'SNS:Publish',
  fixture: (policy) => awsFixture<SnsTopicAttributes>(AWS.snsTopic, { topicName: 'alerts', kmsMasterKeyId: null, policy }),
})
