import { describe, expect, it } from 'vitest'
import { isUnknown } from '../../core/unknown.js'
import type { SnsRaw } from '../../collect/aws/sns.js'
import { normalizeSns } from './sns.js'
import { AWS } from './types.js'

const ACCOUNT = '111122223333'
const scope = { account: ACCOUNT, region: 'us-east-1', regions: ['us-east-1'] }
const ARN = `arn:aws:sns:us-east-1:${ACCOUNT}:alerts`
// The default topic policy SNS creates (GetTopicAttributes returns it as a JSON string).
const DEFAULT_POLICY = JSON.stringify({
  Version: '2008-10-17',
  Id: '__default_policy_ID',
  Statement: [
    {
      Sid: '__default_statement_ID',
      Effect: 'Allow',
      Principal: { AWS: '*' },
      Action: ['SNS:GetTopicAttributes', 'SNS:SetTopicAttributes', 'SNS:AddPermission', 'SNS:Publish'],
      Resource: ARN,
      Condition: { StringEquals: { 'AWS:SourceOwner': ACCOUNT } },
    },
  ],
})

const attrs = (over: Record<string, string> = {}): Record<string, string> => ({
  TopicArn: ARN,
  Owner: ACCOUNT,
  DisplayName: '',
  SubscriptionsConfirmed: '1',
  SubscriptionsPending: '0',
  SubscriptionsDeleted: '0',
  EffectiveDeliveryPolicy: '{"http":{}}',
  Policy: DEFAULT_POLICY,
  ...over,
})

describe('normalizeSns', () => {
  it('an encrypted topic with the default policy', () => {
    const raw: SnsRaw = { topics: [{ topicArn: ARN, attributes: { ok: true, value: attrs({ KmsMasterKeyId: 'alias/aws/sns' }) } }] }
    const [r] = normalizeSns(raw, scope)
    expect(r).toMatchObject({
      uid: ARN,
      type: AWS.snsTopic,
      name: 'alerts',
      relations: [{ kind: 'uses-kms-key', target: 'alias/aws/sns' }],
      attributes: { topicName: 'alerts', kmsMasterKeyId: 'alias/aws/sns', policy: { Id: '__default_policy_ID' } },
    })
  })

  it('no KmsMasterKeyId (or an empty one) → null', () => {
    const raw: SnsRaw = {
      topics: [
        { topicArn: ARN, attributes: { ok: true, value: attrs() } },
        { topicArn: `${ARN}-2`, attributes: { ok: true, value: attrs({ KmsMasterKeyId: '' }) } },
      ],
    }
    expect(normalizeSns(raw, scope).map((r) => r.attributes.kmsMasterKeyId)).toEqual([null, null])
  })

  it('a failed GetTopicAttributes leaves key and policy Unknown', () => {
    const raw: SnsRaw = { topics: [{ topicArn: ARN, attributes: { ok: false, reason: 'AuthorizationError', code: 'AuthorizationError' } }] }
    const [r] = normalizeSns(raw, scope)
    expect(isUnknown(r!.attributes.kmsMasterKeyId)).toBe(true)
    expect(isUnknown(r!.attributes.policy)).toBe(true)
  })

  it('an unparsable policy is Unknown', () => {
    const raw: SnsRaw = { topics: [{ topicArn: ARN, attributes: { ok: true, value: attrs({ Policy: '{not json' }) } }] }
    expect(isUnknown(normalizeSns(raw, scope)[0]!.attributes.policy)).toBe(true)
  })
})
