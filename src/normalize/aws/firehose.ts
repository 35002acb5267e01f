import type { Resource } from '../../core/resource.js'
import { unknown } from '../../core/unknown.js'
import type { FirehoseRaw } from '../../collect/aws/firehose.js'
import { partitionOf } from '../../collect/aws/ec2-arn.js'
import { AWS, type FirehoseDeliveryStreamAttributes } from './types.js'
import { awsResource, type NormalizeScope } from './helpers.js'

/** Delivery streams → aws.firehose.delivery-stream; a failed DescribeDeliveryStream leaves type and encryption Unknown. */
export function normalizeFirehose(raw: FirehoseRaw, scope: NormalizeScope): Resource<FirehoseDeliveryStreamAttributes>[] {
  return raw.deliveryStreams.map(({ name, detail }) => {
    const failed = detail.ok ? undefined : unknown(`firehose:DescribeDeliveryStream: ${detail.reason}`)
    const d = detail.ok ? detail.value : null
    const enc = d?.DeliveryStreamEncryptionConfiguration
    return awsResource<FirehoseDeliveryStreamAttributes>({
      uid: d?.DeliveryStreamARN ?? `arn:${partitionOf(scope.region)}:firehose:${scope.region}:${scope.account}:deliverystream/${name}`,
      type: AWS.firehoseDeliveryStream,
      account: scope.account,
      region: scope.region,
      name,
      relations: enc?.KeyARN ? [{ kind: 'uses-kms-key', target: enc.KeyARN }] : [],
      attributes: {
        deliveryStreamName: name,
        deliveryStreamType: failed ?? d?.DeliveryStreamType ?? 'DirectPut',
        encryption: failed ?? (enc ? { status: enc.Status ?? 'DISABLED', keyType: enc.KeyType ?? null, keyArn: enc.KeyARN ?? null } : null),
      },
    })
  })
}
