import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type SqsQueueAttributes } from '../../../normalize/aws/types.js'

/** SQS queues should encrypt messages at rest, with SQS-managed keys (SSE-SQS) or a KMS key (SSE-KMS). */
export default defineCheck<SqsQueueAttributes>({
  id: 'aws-sqs-queue-encrypted',
  title: 'SQS queue has server-side encryption enabled (SSE-SQS or SSE-KMS)',
  resourceType: AWS.sqsQueue,
  severity: 'medium',
  categories: ['encryption'],
  rationale:
    'Server-side encryption protects message bodies while they are stored in the queue; with SSE-KMS, reading them also ' +
    'requires permission on the key, which adds a second control and an audit trail in CloudTrail.',
  remediation: {
    steps: [
      'Enable SSE-SQS (SqsManagedSseEnabled = true), or set KmsMasterKeyId to a KMS key for SSE-KMS.',
      'With SSE-KMS, allow producers (and services such as SNS or EventBridge) kms:GenerateDataKey and kms:Decrypt on the key.',
    ],
    cli: 'aws sqs set-queue-attributes --queue-url <queue-url> --attributes SqsManagedSseEnabled=true',
    terraform: 'aws_sqs_queue: sqs_managed_sse_enabled = true, or kms_master_key_id = <key-arn>.',
    references: ['https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-server-side-encryption.html'],
  },
  evaluate(queue, result) {
    const { queueName } = queue.attributes
    const key = known(queue.attributes.kmsMasterKeyId, `KMS key of queue ${queueName}`)
    if (key) return result.pass(`Queue ${queueName} is encrypted with SSE-KMS (${key}).`)
    const sseSqs = known(queue.attributes.sqsManagedSseEnabled, `SSE-SQS setting of queue ${queueName}`)
    return sseSqs
      ? result.pass(`Queue ${queueName} is encrypted with SQS-managed keys (SSE-SQS).`)
      : result.fail(`Queue ${queueName} has neither SSE-SQS nor a KMS key, so messages are not encrypted at rest.`)
  },
})
