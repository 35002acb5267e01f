import type { Resource } from '../../core/resource.js'
import { unknown, type Maybe } from '../../core/unknown.js'
import type { KinesisRaw, StreamDescriptionSummary } from '../../collect/aws/kinesis.js'
import { partitionOf } from '../../collect/aws/ec2-arn.js'
import { AWS, type KinesisStreamAttributes } from './types.js'
import { awsResource, type NormalizeScope } from './helpers.js'

/** Kinesis data streams → aws.kinesis.stream; a failed DescribeStreamSummary leaves encryption and retention Unknown. */
export function normalizeKinesis(raw: KinesisRaw, scope: NormalizeScope): Resource<KinesisStreamAttributes>[] {
  return raw.streams.map(({ name, arn, summary }) => {
    const read = <T>(pick: (s: StreamDescriptionSummary) => T): Maybe<T> =>
      summary.ok ? pick(summary.value ?? ({} as StreamDescriptionSummary)) : unknown(`kinesis:DescribeStreamSummary: ${summary.reason}`)
    const kmsKeyId = read((s) => (s.EncryptionType === 'KMS' ? (s.KeyId ?? null) : null))
    return awsResource<KinesisStreamAttributes>({
      uid:
        arn ??
        (summary.ok ? summary.value?.StreamARN : undefined) ??
        `arn:${partitionOf(scope.region)}:kinesis:${scope.region}:${scope.account}:stream/${name}`,
      type: AWS.kinesisStream,
      account: scope.account,
      region: scope.region,
      name,
      relations: typeof kmsKeyId === 'string' ? [{ kind: 'uses-kms-key', target: kmsKeyId }] : [],
      attributes: {
        streamName: name,
        encryptionType: read((s) => s.EncryptionType ?? 'NONE'),
        kmsKeyId,
        retentionPeriodHours: read((s) => s.RetentionPeriodHours ?? 24),
      },
    })
  })
}
