import { describe, expect, it } from 'vitest'
import { isUnknown } from '../../core/unknown.js'
import type { DynamoDbRaw, TableDescription } from '../../collect/aws/dynamodb.js'
import { normalizeDynamodb } from './dynamodb.js'
import { AWS } from './types.js'

const ACCOUNT = '111122223333'
const scope = { account: ACCOUNT, region: 'us-east-1', regions: ['us-east-1'] }
const ARN = `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/orders`
const KEY = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`

const table = (over: Partial<TableDescription> = {}): TableDescription => ({
  TableName: 'orders',
  TableArn: ARN,
  TableId: '0f3e0a44-1c6d-4b7a-9c0e-2a1b3c4d5e6f',
  TableStatus: 'ACTIVE',
  CreationDateTime: new Date('2025-01-10T08:00:00Z'),
  AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
  KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
  BillingModeSummary: { BillingMode: 'PAY_PER_REQUEST' },
  ItemCount: 0,
  TableSizeBytes: 0,
  DeletionProtectionEnabled: false,
  ...over,
})
const pitr = (status: 'ENABLED' | 'DISABLED') => ({
  ok: true as const,
  value: { ContinuousBackupsStatus: 'ENABLED' as const, PointInTimeRecoveryDescription: { PointInTimeRecoveryStatus: status } },
})

describe('normalizeDynamodb', () => {
  it('a table with the default AWS-owned key and no PITR', () => {
    const raw: DynamoDbRaw = { tables: [{ tableName: 'orders', table: { ok: true, value: table() }, backups: pitr('DISABLED') }] }
    const [r] = normalizeDynamodb(raw, scope)
    expect(r).toMatchObject({
      uid: ARN,
      type: AWS.dynamodbTable,
      name: 'orders',
      relations: [],
      attributes: { tableName: 'orders', tableStatus: 'ACTIVE', kmsKeyArn: null, deletionProtection: false, pointInTimeRecovery: false },
    })
  })

  it('an SSE-KMS table with PITR and deletion protection', () => {
    const value = table({ DeletionProtectionEnabled: true, SSEDescription: { Status: 'ENABLED', SSEType: 'KMS', KMSMasterKeyArn: KEY } })
    const raw: DynamoDbRaw = { tables: [{ tableName: 'orders', table: { ok: true, value }, backups: pitr('ENABLED') }] }
    const [r] = normalizeDynamodb(raw, scope)
    expect(r!.attributes).toMatchObject({ kmsKeyArn: KEY, deletionProtection: true, pointInTimeRecovery: true })
    expect(r!.relations).toEqual([{ kind: 'uses-kms-key', target: KEY }])
  })

  it('failed per-table calls: uid from the name, only their attributes Unknown', () => {
    const raw: DynamoDbRaw = {
      tables: [
        { tableName: 'orders', table: { ok: false, reason: 'AccessDeniedException', code: 'AccessDeniedException' }, backups: pitr('ENABLED') },
      ],
    }
    const [r] = normalizeDynamodb(raw, scope)
    expect(r!.uid).toBe(ARN)
    expect(isUnknown(r!.attributes.kmsKeyArn)).toBe(true)
    expect(isUnknown(r!.attributes.deletionProtection)).toBe(true)
    expect(r!.attributes.pointInTimeRecovery).toBe(true)

    const raw2: DynamoDbRaw = {
      tables: [
        { tableName: 'orders', table: { ok: true, value: table() }, backups: { ok: false, reason: 'Throttling', code: 'ThrottlingException' } },
      ],
    }
    const [r2] = normalizeDynamodb(raw2, scope)
    expect(isUnknown(r2!.attributes.pointInTimeRecovery)).toBe(true)
    expect(r2!.attributes.deletionProtection).toBe(false)
  })
})
