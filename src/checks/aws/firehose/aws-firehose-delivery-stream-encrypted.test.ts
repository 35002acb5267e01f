import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import { Inventory } from '../../../core/inventory.js'
import { evaluate } from '../../../evaluate/engine.js'
import type { Check } from '../../../evaluate/define-check.js'
import { AWS, type FirehoseDeliveryStreamAttributes } from '../../../normalize/aws/types.js'
import check from './aws-firehose-delivery-stream-encrypted.js'
import { awsFixture, runCheck, TEST_NOW } from '../../_shared/testing.js'

const stream = (attrs: Partial<FirehoseDeliveryStreamAttributes>) =>
  awsFixture<FirehoseDeliveryStreamAttributes>(AWS.firehoseDeliveryStream, {
    deliveryStreamName: 'logs-to-s3',
    deliveryStreamType: 'DirectPut',
    encryption: null,
    ...attrs,
  })

describe(check.id, () => {
  const failed = unknown('firehose:DescribeDeliveryStream: AccessDenied')
  const cases: { name: string; attrs: Partial<FirehoseDeliveryStreamAttributes>; expected: string }[] = [
    { name: 'AWS-owned key', attrs: { encryption: { status: 'ENABLED', keyType: 'AWS_OWNED_CMK', keyArn: null } }, expected: 'pass' },
    { name: 'encryption disabled', attrs: { encryption: { status: 'DISABLED', keyType: null, keyArn: null } }, expected: 'fail' },
    { name: 'no configuration', attrs: {}, expected: 'fail' },
    { name: 'not collected', attrs: { deliveryStreamType: failed, encryption: failed }, expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    const f = runCheck(check, stream(attrs))
    expect(f.status).toBe(expected)
    expect(f.message).toContain('logs-to-s3')
  })

  it('streams fed by Kinesis are out of scope', () => {
    expect(evaluate([check as Check<unknown>], new Inventory([stream({ deliveryStreamType: 'KinesisStreamAsSource' })]), () => [], TEST_NOW)).toEqual(
      [],
    )
  })
})
