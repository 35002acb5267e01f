import { defineCheck } from '../../../evaluate/define-check.js'
import { isUnknown, known } from '../../../core/unknown.js'
import { AWS, type FirehoseDeliveryStreamAttributes } from '../../../normalize/aws/types.js'

/** Direct PUT delivery streams should encrypt buffered records at rest (server-side encryption). */
export default defineCheck<FirehoseDeliveryStreamAttributes>({
  id: 'aws-firehose-delivery-stream-encrypted',
  title: 'Firehose delivery stream has server-side encryption enabled',
  resourceType: AWS.firehoseDeliveryStream,
  severity: 'medium',
  categories: ['encryption'],
  rationale:
    'Firehose buffers records (often logs or events with personal data) for up to 24 hours when a destination is unavailable; ' +
    'server-side encryption keeps that buffered copy encrypted at rest with a KMS key.',
  remediation: {
    steps: ['Start server-side encryption on the delivery stream with an AWS-owned or customer-managed KMS key.'],
    cli: 'aws firehose start-delivery-stream-encryption --delivery-stream-name <stream> --delivery-stream-encryption-configuration-input KeyType=AWS_OWNED_CMK',
    terraform: 'aws_kinesis_firehose_delivery_stream: server_side_encryption { enabled = true, key_type = "AWS_OWNED_CMK" }.',
    references: ['https://docs.aws.amazon.com/firehose/latest/dev/encryption.html'],
  },
  // With a Kinesis stream or MSK as source, Firehose does not store the data: encryption is the source's (Firehose developer guide).
  applies: (s) => isUnknown(s.attributes.deliveryStreamType) || s.attributes.deliveryStreamType === 'DirectPut',
  evaluate(s, result) {
    const { deliveryStreamName } = s.attributes
    const enc = known(s.attributes.encryption, `encryption of delivery stream ${deliveryStreamName}`)
    if (enc?.status === 'ENABLED' || enc?.status === 'ENABLING')
      return result.pass(`Delivery stream ${deliveryStreamName} has server-side encryption ${enc.status} (${enc.keyType ?? 'AWS_OWNED_CMK'}).`)
    return result.fail(`Delivery stream ${deliveryStreamName} has server-side encryption ${enc?.status ?? 'not configured'}.`)
  },
})
