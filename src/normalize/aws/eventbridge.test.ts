import { describe, expect, it } from 'vitest'
import { isUnknown } from '../../core/unknown.js'
import type { EventBridgeRaw } from '../../collect/aws/eventbridge.js'
import { normalizeEventbridge } from './eventbridge.js'
import { AWS } from './types.js'

const scope = { account: '111122223333', region: 'us-east-1', regions: ['us-east-1'] }
const ARN = 'arn:aws:events:us-east-1:111122223333:event-bus/orders'
const POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'org',
      Effect: 'Allow',
      Principal: '*',
      Action: 'events:PutEvents',
      Resource: ARN,
      Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } },
    },
  ],
})

describe('normalizeEventbridge', () => {
  it('a bus with a policy and a customer key', () => {
    const raw: EventBridgeRaw = {
      buses: [
        {
          bus: { Name: 'orders', Arn: ARN },
          detail: { ok: true, value: { Policy: POLICY, KmsKeyIdentifier: 'arn:aws:kms:us-east-1:111122223333:key/0a1b' } },
        },
      ],
    }
    const [r] = normalizeEventbridge(raw, scope)
    expect(r).toMatchObject({
      uid: ARN,
      type: AWS.eventbridgeEventBus,
      relations: [{ kind: 'uses-kms-key', target: 'arn:aws:kms:us-east-1:111122223333:key/0a1b' }],
      attributes: { busName: 'orders', kmsKeyIdentifier: 'arn:aws:kms:us-east-1:111122223333:key/0a1b', policy: { Statement: [{ Sid: 'org' }] } },
    })
  })

  it('the default bus without a policy', () => {
    const raw: EventBridgeRaw = {
      buses: [{ bus: { Name: 'default', Arn: 'arn:aws:events:us-east-1:111122223333:event-bus/default' }, detail: { ok: true, value: {} } }],
    }
    expect(normalizeEventbridge(raw, scope)[0]!.attributes).toMatchObject({ policy: null, kmsKeyIdentifier: null })
  })

  it('a failed DescribeEventBus leaves policy and key Unknown', () => {
    const raw: EventBridgeRaw = {
      buses: [{ bus: { Name: 'orders', Arn: ARN }, detail: { ok: false, reason: 'AccessDenied', code: 'AccessDenied' } }],
    }
    const [r] = normalizeEventbridge(raw, scope)
    expect(r!.uid).toBe(ARN)
    expect(isUnknown(r!.attributes.policy)).toBe(true)
    expect(isUnknown(r!.attributes.kmsKeyIdentifier)).toBe(true)
  })
})
