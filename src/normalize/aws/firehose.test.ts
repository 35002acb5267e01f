import { describe, expect, it } from 'vitest'
import { isUnknown } from '../../core/unknown.js'
import type { FirehoseRaw } from '../../collect/aws/firehose.js'
import { normalizeFirehose } from './firehose.js'
import { AWS } from './types.js'

const scope = { account: '111122223333', region: 'eu-west-1', regions: ['eu-west-1'] }
const ARN = 'arn:aws:firehose:eu-west-1:111122223333:deliverystream/logs'

describe('normalizeFirehose', () => {
  it('an encrypted Direct PUT stream', () => {
    const raw: FirehoseRaw = {
      deliveryStreams: [
        {
          name: 'logs',
          detail: {
            ok: true,
            value: {
              DeliveryStreamARN: ARN,
              DeliveryStreamType: 'DirectPut',
              DeliveryStreamEncryptionConfiguration: {
                KeyType: 'CUSTOMER_MANAGED_CMK',
                KeyARN: 'arn:aws:kms:eu-west-1:111122223333:key/0a1b',
                Status: 'ENABLED',
              },
            },
          },
        },
      ],
    }
    expect(normalizeFirehose(raw, scope)[0]).toMatchObject({
      uid: ARN,
      type: AWS.firehoseDeliveryStream,
      relations: [{ kind: 'uses-kms-key', target: 'arn:aws:kms:eu-west-1:111122223333:key/0a1b' }],
      attributes: { deliveryStreamType: 'DirectPut', encryption: { status: 'ENABLED', keyType: 'CUSTOMER_MANAGED_CMK' } },
    })
  })

  it('no encryption configuration', () => {
    const raw: FirehoseRaw = {
      deliveryStreams: [{ name: 'logs', detail: { ok: true, value: { DeliveryStreamARN: ARN, DeliveryStreamType: 'KinesisStreamAsSource' } } }],
    }
    expect(normalizeFirehose(raw, scope)[0]!.attributes).toMatchObject({ deliveryStreamType: 'KinesisStreamAsSource', encryption: null })
  })

  it('a failed DescribeDeliveryStream: uid from the name, settings Unknown', () => {
    const [r] = normalizeFirehose({ deliveryStreams: [{ name: 'logs', detail: { ok: false, reason: 'AccessDenied', code: 'AccessDenied' } }] }, scope)
    expect(r!.uid).toBe(ARN)
    expect(isUnknown(r!.attributes.encryption)).toBe(true)
    expect(isUnknown(r!.attributes.deliveryStreamType)).toBe(true)
  })
})
