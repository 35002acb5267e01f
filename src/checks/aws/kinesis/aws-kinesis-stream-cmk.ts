import { defineCheck, type CheckContext } from '../../../evaluate/define-check.js'
import { isUnknown, known } from '../../../core/unknown.js'
import { AWS, type KinesisStreamAttributes, type KmsKeyAttributes } from '../../../normalize/aws/types.js'

/** Who manages a key named by id, ARN or alias: AWS for alias/aws/* and AWS-managed keys, CUSTOMER otherwise; undefined = unknown. */
function keyManager(keyId: string, region: string, account: string, ctx: CheckContext): 'AWS' | 'CUSTOMER' | undefined {
  if (/(^|:)alias\/aws\//.test(keyId)) return 'AWS'
  // Aliases you create can only point to customer-managed keys.
  if (/(^|:)alias\//.test(keyId)) return 'CUSTOMER'
  const arn = keyId.startsWith('arn:') ? keyId : `arn:aws:kms:${region}:${account}:key/${keyId}`
  return ctx.inventory.get<KmsKeyAttributes>(arn)?.attributes.keyManager
}

/** Encrypted Kinesis streams should use a customer-managed KMS key rather than the AWS-managed alias/aws/kinesis. */
export default defineCheck<KinesisStreamAttributes>({
  id: 'aws-kinesis-stream-cmk',
  title: 'Kinesis data stream is encrypted with a customer-managed KMS key',
  resourceType: AWS.kinesisStream,
  severity: 'low',
  categories: ['encryption'],
  rationale:
    'With the AWS-managed key alias/aws/kinesis, anyone in the account with Kinesis read permissions can decrypt the records; a ' +
    'customer-managed key adds a key policy that limits who can read the stream and lets you revoke access by disabling the key.',
  remediation: {
    steps: [
      'Create a customer-managed KMS key that allows the producers and consumers of the stream to use it.',
      'Switch the stream encryption to that key.',
    ],
    cli: 'aws kinesis start-stream-encryption --stream-name <stream> --encryption-type KMS --key-id <key-arn>',
    terraform: 'aws_kinesis_stream: encryption_type = "KMS", kms_key_id = <customer-managed key ARN>.',
    references: ['https://docs.aws.amazon.com/streams/latest/dev/what-is-sse.html'],
  },
  // Unencrypted streams are reported by aws-kinesis-stream-encrypted.
  applies: (stream) => isUnknown(stream.attributes.encryptionType) || stream.attributes.encryptionType === 'KMS',
  evaluate(stream, result, ctx) {
    const { streamName } = stream.attributes
    known(stream.attributes.encryptionType, `encryption of stream ${streamName}`)
    const keyId = known(stream.attributes.kmsKeyId, `KMS key of stream ${streamName}`)
    const manager = keyId ? keyManager(keyId, stream.region, stream.account, ctx) : 'AWS'
    if (manager === undefined) return result.error(`Could not tell who manages KMS key ${keyId} of stream ${streamName}: the key was not collected.`)
    return manager === 'CUSTOMER'
      ? result.pass(`Stream ${streamName} is encrypted with customer-managed key ${keyId}.`)
      : result.fail(`Stream ${streamName} is encrypted with the AWS-managed key ${keyId ?? 'alias/aws/kinesis'}, not a customer-managed one.`)
  },
})
