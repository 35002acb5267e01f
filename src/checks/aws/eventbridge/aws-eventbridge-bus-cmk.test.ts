import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import { Inventory } from '../../../core/inventory.js'
import { evaluate } from '../../../evaluate/engine.js'
import type { Check } from '../../../evaluate/define-check.js'
import { AWS, type EventBridgeEventBusAttributes } from '../../../normalize/aws/types.js'
import check from './aws-eventbridge-bus-cmk.js'
import { awsFixture, runCheck, TEST_NOW } from '../../_shared/testing.js'

const bus = (attrs: Partial<EventBridgeEventBusAttributes>) =>
  awsFixture<EventBridgeEventBusAttributes>(AWS.eventbridgeEventBus, { busName: 'orders', policy: null, kmsKeyIdentifier: null, ...attrs })

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<EventBridgeEventBusAttributes>; expected: string }[] = [
    { name: 'customer-managed key', attrs: { kmsKeyIdentifier: 'arn:aws:kms:us-east-1:111122223333:key/0a1b2c3d' }, expected: 'pass' },
    { name: 'AWS-owned key', attrs: {}, expected: 'fail' },
    { name: 'not collected', attrs: { kmsKeyIdentifier: unknown('events:DescribeEventBus: AccessDenied') }, expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    const f = runCheck(check, bus(attrs))
    expect(f.status).toBe(expected)
    expect(f.message).toContain('orders')
  })

  it('the default bus is out of scope', () => {
    expect(evaluate([check as Check<unknown>], new Inventory([bus({ busName: 'default' })]), () => [], TEST_NOW)).toEqual([])
  })
})
