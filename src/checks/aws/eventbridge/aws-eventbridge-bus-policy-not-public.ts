import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type EventBridgeEventBusAttributes } from '../../../normalize/aws/types.js'
import { resourcePolicyVerdict } from '../../_shared/resource-policy.js'

/** Event bus policies must not let any principal put events (or manage rules) without a restricting condition. */
export default defineCheck<EventBridgeEventBusAttributes>({
  id: 'aws-eventbridge-bus-policy-not-public',
  title: 'EventBridge event bus policy does not allow access to any principal',
  resourceType: AWS.eventbridgeEventBus,
  severity: 'critical',
  categories: ['data-exposure'],
  rationale:
    'An event bus policy statement that allows Principal "*" without a condition lets any AWS account send events into the bus, ' +
    'triggering the rules and targets behind it (Lambda functions, Step Functions, queues) with attacker-chosen input, or create rules that copy the events elsewhere.',
  remediation: {
    steps: [
      'Remove Principal "*" from Allow statements of the event bus policy, naming the accounts or organization that need access.',
      'Or keep the statement and add a restricting condition such as aws:PrincipalOrgID or aws:SourceAccount.',
    ],
    cli: 'aws events remove-permission --event-bus-name <bus> --statement-id <sid>',
    terraform: 'aws_cloudwatch_event_bus_policy: replace principals { type = "*" } with named principals or add a condition on aws:PrincipalOrgID.',
    references: [
      'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-use-resource-based.html',
      'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-event-bus-perms.html',
    ],
  },
  evaluate: (r, result, ctx) => resourcePolicyVerdict(r, `event bus ${r.attributes.busName}`, result, ctx),
})
