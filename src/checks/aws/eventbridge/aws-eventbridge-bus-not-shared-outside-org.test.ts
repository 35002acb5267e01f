import check from './aws-eventbridge-bus-not-shared-outside-org.js'
import { AWS, type EventBridgeEventBusAttributes } from '../../../normalize/aws/types.js'
import { awsFixture } from '../../_shared/testing.js'
import { describeCrossAccountPolicyCheck } from '../../_shared/cross-account-testing.js'

describeCrossAccountPolicyCheck(check, {
  resource: 'arn:aws:events:us-east-1:111122223333:event-bus/orders',
  action: 'events:PutEvents',
  fixture: (policy) => awsFixture<EventBridgeEventBusAttributes>(AWS.eventbridgeEventBus, { busName: 'orders', policy, kmsKeyIdentifier: null }),
})
