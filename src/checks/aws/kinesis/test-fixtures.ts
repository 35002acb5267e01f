/** Test fixtures shared by the kinesis checks' tests (not a check). */
import { AWS, type KinesisStreamAttributes } from '../../../normalize/aws/types.js'
import { awsFixture } from '../../_shared/testing.js'

export const stream = (attrs: Partial<KinesisStreamAttributes>) =>
  awsFixture<KinesisStreamAttributes>(AWS.kinesisStream, {
    streamName: 'clicks',
    encryptionType: 'KMS',
    kmsKeyId: 'alias/aws/kinesis',
    retentionPeriodHours: 24,
    ...attrs,
  })
