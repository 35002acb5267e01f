import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type KinesisStreamAttributes } from '../../../normalize/aws/types.js'

/** Kinesis data streams should encrypt records at rest with KMS (server-side encryption). */
export default defineCheck<KinesisStreamAttributes>({
  id: 'aws-kinesis-stream-encrypted',
  title: 'Kinesis data stream has server-side encryption enabled',
  resourceType: AWS.kinesisStream,
  severity: 'medium',
  categories: ['encryption'],
  rationale:
    'Records stay in the stream for the whole retention period (up to 365 days); without server-side encryption they are stored ' +
    'in plaintext, and reading them needs no KMS permission that could limit or audit access.',
  remediation: {
    steps: ['Start server-side encryption on the stream with a KMS key (alias/aws/kinesis or a customer-managed key).'],
    cli: 'aws kinesis start-stream-encryption --stream-name <stream> --encryption-type KMS --key-id alias/aws/kinesis',
    terraform: 'aws_kinesis_stream: encryption_type = "KMS", kms_key_id = "alias/aws/kinesis" (or a key ARN).',
    references: ['https://docs.aws.amazon.com/streams/latest/dev/server-side-encryption.html'],
  },
  evaluate(stream, result) {
    const { streamName } = stream.attributes
    const type = known(stream.attributes.encryptionType, `encryption of stream ${streamName}`)
    return type === 'KMS'
      ? result.pass(
          `Stream ${streamName} is encrypted with KMS key ${known(stream.attributes.kmsKeyId, `key of stream ${streamName}`) ?? '(unnamed)'}.`,
        )
      : result.fail(`Stream ${streamName} has encryption type ${type}, so records are stored unencrypted.`)
  },
})
