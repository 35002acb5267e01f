import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type EventBridgeEventBusAttributes } from '../../../normalize/aws/types.js'

/** Custom event buses should encrypt events with a customer-managed KMS key rather than an AWS-owned key. */
export default defineCheck<EventBridgeEventBusAttributes>({
  id: 'aws-eventbridge-bus-cmk',
  title: 'EventBridge event bus encrypts events with a customer-managed KMS key',
  resourceType: AWS.eventbridgeEventBus,
  severity: 'low',
  categories: ['encryption'],
  rationale:
    'Events are always encrypted at rest, but with an AWS-owned key you cannot restrict who may decrypt them, audit key use in ' +
    'CloudTrail or revoke access by disabling the key; a customer-managed key gives that control over events that may carry business data.',
  remediation: {
    steps: [
      'Create a symmetric customer-managed KMS key whose key policy allows events.amazonaws.com to use it for the bus.',
      'Set it as the encryption key of the event bus.',
    ],
    cli: 'aws events update-event-bus --name <bus> --kms-key-identifier <key-arn>',
    terraform: 'aws_cloudwatch_event_bus: kms_key_identifier = <key-arn>.',
    references: ['https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-encryption-at-rest-key-cmkey.html'],
  },
  // The default bus of each region receives AWS service events and is usually left as is; custom buses carry application data.
  applies: (bus) => bus.attributes.busName !== 'default',
  evaluate(bus, result) {
    const { busName } = bus.attributes
    const key = known(bus.attributes.kmsKeyIdentifier, `encryption key of event bus ${busName}`)
    return key
      ? result.pass(`Event bus ${busName} encrypts events with customer-managed key ${key}.`)
      : result.fail(`Event bus ${busName} encrypts events with an AWS-owned key, not a customer-managed one.`)
  },
})
