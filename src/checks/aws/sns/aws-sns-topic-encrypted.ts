import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type SnsTopicAttributes } from '../../../normalize/aws/types.js'

/** SNS topics should use server-side encryption so stored messages are protected by a KMS key. */
export default defineCheck<SnsTopicAttributes>({
  id: 'aws-sns-topic-encrypted',
  title: 'SNS topic has server-side encryption enabled',
  resourceType: AWS.snsTopic,
  severity: 'medium',
  categories: ['encryption'],
  rationale:
    'With server-side encryption SNS encrypts messages as soon as it receives them and decrypts them only on delivery, ' +
    'so message contents at rest are protected and access to them also requires permission on the KMS key.',
  remediation: {
    steps: ['Set the topic attribute KmsMasterKeyId to a KMS key (alias/aws/sns or a customer-managed key whose policy allows SNS).'],
    cli: 'aws sns set-topic-attributes --topic-arn <topic-arn> --attribute-name KmsMasterKeyId --attribute-value alias/aws/sns',
    terraform: 'aws_sns_topic: kms_master_key_id = "alias/aws/sns" (or a customer-managed key ARN).',
    references: ['https://docs.aws.amazon.com/sns/latest/dg/sns-server-side-encryption.html'],
  },
  evaluate(topic, result) {
    const key = known(topic.attributes.kmsMasterKeyId, `encryption settings of topic ${topic.attributes.topicName}`)
    return key
      ? result.pass(`Topic ${topic.attributes.topicName} is encrypted with ${key}.`)
      : result.fail(`Topic ${topic.attributes.topicName} has no KMS key set, so server-side encryption is off.`)
  },
})
