import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type SnsTopicAttributes } from '../../../normalize/aws/types.js'
import { crossAccountPolicyVerdict } from '../../_shared/cross-account.js'

/** SNS topic policy does not grant accounts outside the organization (organization members and accounts declared trusted are fine). */
export default defineCheck<SnsTopicAttributes>({
  id: 'aws-sns-topic-not-shared-outside-org',
  title: 'SNS topic policy does not grant accounts outside the organization',
  resourceType: AWS.snsTopic,
  severity: 'high',
  categories: ['data-exposure'],
  rationale:
    'A topic policy naming another account lets its principals publish to the topic (reaching every subscriber, including email and SMS) or subscribe their own endpoints and receive every message.',
  remediation: {
    steps: [
      'Remove principals of accounts outside your organization from the topic policy, or add an aws:PrincipalOrgID condition.',
      'For deliberate partner access, list the account under trustedAccounts in the Posture configuration so it is reviewed once, not on every scan.',
    ],
    cli: 'aws sns set-topic-attributes --topic-arn <topic-arn> --attribute-name Policy --attribute-value file://policy.json',
    terraform: 'aws_sns_topic_policy: policy = a document whose AWS principals are accounts of your organization.',
    references: [
      'https://docs.aws.amazon.com/sns/latest/dg/sns-access-policy-use-cases.html',
      'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_introduction.html',
    ],
  },
  evaluate: (r, result, ctx) => crossAccountPolicyVerdict(r, `topic ${r.attributes.topicName}`, result, ctx),
})
