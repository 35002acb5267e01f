import { describe, expect, it } from 'vitest'
import { isUnknown } from '../../core/unknown.js'
import type { SecretsmanagerRaw } from '../../collect/aws/secretsmanager.js'
import { normalizeSecretsmanager } from './secretsmanager.js'
import { AWS } from './types.js'

const scope = { account: '111122223333', region: 'us-east-1', regions: ['us-east-1'] }
const ARN = 'arn:aws:secretsmanager:us-east-1:111122223333:secret:prod/orders-db-AbCdEf'
const KEY = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab'
const POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'secretsmanager:GetSecretValue', Resource: '*' }],
})

// ListSecrets SecretListEntry shape (Secrets Manager API reference).
const entry = {
  ARN,
  Name: 'prod/orders-db',
  KmsKeyId: KEY,
  RotationEnabled: true,
  RotationLambdaARN: 'arn:aws:lambda:us-east-1:111122223333:function:rotate',
  RotationRules: { AutomaticallyAfterDays: 30 },
  LastRotatedDate: new Date('2026-05-20T00:00:00Z'),
  LastChangedDate: new Date('2026-05-20T00:00:00Z'),
  LastAccessedDate: new Date('2026-05-31T00:00:00Z'),
  CreatedDate: new Date('2025-01-10T12:00:00Z'),
  Tags: [{ Key: 'team', Value: 'orders' }],
  SecretVersionsToStages: { a1b2: ['AWSCURRENT'] },
}

describe('normalizeSecretsmanager', () => {
  it('a rotated secret with a CMK and a policy', () => {
    const raw: SecretsmanagerRaw = { secrets: [{ secret: entry, policy: { ok: true, value: POLICY } }] }
    const [r] = normalizeSecretsmanager(raw, scope)
    expect(r).toMatchObject({
      uid: ARN,
      type: AWS.secretsmanagerSecret,
      name: 'prod/orders-db',
      tags: { team: 'orders' },
      relations: [{ kind: 'uses-kms-key', target: KEY }],
      attributes: {
        kmsKeyId: KEY,
        rotationEnabled: true,
        rotationIntervalDays: 30,
        lastRotatedDate: '2026-05-20T00:00:00.000Z',
        createdDate: '2025-01-10T12:00:00.000Z',
        deletedDate: null,
        policy: { Version: '2012-10-17' },
      },
    })
  })

  it('the default key, no rotation, no policy', () => {
    const raw: SecretsmanagerRaw = {
      secrets: [{ secret: { ARN, Name: 'prod/orders-db', CreatedDate: new Date('2025-01-10T12:00:00Z') }, policy: { ok: true, value: null } }],
    }
    const [r] = normalizeSecretsmanager(raw, scope)
    expect(r!.attributes).toMatchObject({
      kmsKeyId: null,
      rotationEnabled: false,
      rotationIntervalDays: null,
      lastRotatedDate: null,
      lastAccessedDate: null,
      policy: null,
    })
    expect(r!.relations).toEqual([])
  })

  it('a failed GetResourcePolicy leaves only the policy Unknown', () => {
    const raw: SecretsmanagerRaw = {
      secrets: [{ secret: entry, policy: { ok: false, reason: 'AccessDeniedException', code: 'AccessDeniedException' } }],
    }
    const [r] = normalizeSecretsmanager(raw, scope)
    expect(isUnknown(r!.attributes.policy)).toBe(true)
    expect(r!.attributes.rotationEnabled).toBe(true)
  })
})
