import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type EventBridgeEventBusAttributes } from '../../../normalize/aws/types.js'
import { crossAccountPolicyVerdict } from '../../_shared/cross-account.js'

/** EventBridge event bus policy does not grant accounts outside the organization (organization members and accounts declared trusted are fine). */
export default defineCheck<EventBridgeEventBusAttributes>({
  id: 'aws-eventbridge-bus-not-shared-outside-org',
  title: 'EventBridge event bus policy does not grant accounts outside the organization',
  resourceType: AWS.eventbridgeEventBus,
  severity: 'high',
  categories: ['data-exposure'],
  rationale:
    'An event bus policy naming another account lets its principals put events on your bus, triggering every rule and target behind it (functions, workflows, queues) with data they choose.',
  remediation: {
    steps: [
      'Remove statements granting principals of accounts outside your organization from the event bus policy, or add an aws:PrincipalOrgID condition.',
      'For deliberate partner access, list the account under trustedAccounts in the Posture configuration so it is reviewed once, not on every scan.',
    ],
    cli: 'aws events remove-permission --event-bus-name <bus> --statement-id <sid>',
    terraform: 'aws_cloudwatch_event_bus_policy: policy = a document whose AWS principals are accounts of your organization.',
    references: [
      'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-event-bus-perms.html',
      'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_introduction.html',
    ],
  },
  evaluate: (r, result, ctx) => crossAccountPolicyVerdict(r, `event bus ${r.attributes.busName}`, result, ctx),
})
