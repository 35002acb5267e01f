import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type SnsTopicAttributes } from '../../../normalize/aws/types.js'
import { resourcePolicyVerdict } from '../../_shared/resource-policy.js'

/** SNS topic policies must not grant access to everyone (Principal "*" without a restricting condition). */
export default defineCheck<SnsTopicAttributes>({
  id: 'aws-sns-topic-policy-not-public',
  title: 'SNS topic policy does not allow access to any principal',
  resourceType: AWS.snsTopic,
  severity: 'critical',
  categories: ['data-exposure'],
  rationale:
    'A topic policy statement that allows Principal "*" without a condition limiting who lets anyone, in any account, publish to the topic ' +
    '(spam, injected events for downstream consumers), subscribe to it and read its messages, or change its attributes.',
  remediation: {
    steps: [
      'Remove Principal "*" from Allow statements of the topic policy, naming the accounts, roles or services that need access instead.',
      'Or keep the statement and add a condition that limits who can use it, such as aws:PrincipalOrgID, aws:SourceAccount or aws:SourceVpce.',
    ],
    cli: 'aws sns set-topic-attributes --topic-arn <topic-arn> --attribute-name Policy --attribute-value file://restricted-policy.json',
    terraform: 'In the aws_sns_topic_policy document, replace principals { type = "*" } with named principals or add a restricting condition block.',
    references: [
      'https://docs.aws.amazon.com/sns/latest/dg/sns-security-best-practices.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html',
    ],
  },
  evaluate: (r, result, ctx) => resourcePolicyVerdict(r, `topic ${r.attributes.topicName}`, result, ctx),
})
