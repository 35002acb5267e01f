import { describe, expect, it } from 'vitest'
import type { RdsInstanceAttributes } from '../../../normalize/aws/types.js'
import check from './aws-rds-instance-storage-encrypted.js'
import { rdsInstanceFixture } from '../../_shared/rds-fixtures.js'
import { runCheck } from '../../_shared/testing.js'

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<RdsInstanceAttributes>; expected: string; says: string }[] = [
    {
      name: 'encrypted with a KMS key',
      attrs: { storageEncrypted: true },
      expected: 'pass',
      says: 'orders-db (postgres) encrypts its storage with KMS key arn:aws:kms',
    },
    { name: 'encrypted, key not reported', attrs: { storageEncrypted: true, kmsKeyId: null }, expected: 'pass', says: 'encrypts its storage.' },
    {
      name: 'unencrypted',
      attrs: { storageEncrypted: false, kmsKeyId: null },
      expected: 'fail',
      says: 'orders-db (postgres) stores its data, backups and snapshots unencrypted',
    },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected, says }) => {
    const f = runCheck(check, rdsInstanceFixture(attrs))
    expect(f.status).toBe(expected)
    expect(f.message).toContain(says)
  })
})
