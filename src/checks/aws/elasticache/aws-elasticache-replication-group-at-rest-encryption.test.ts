import { describe, expect, it } from 'vitest'
import type { ElastiCacheReplicationGroupAttributes } from '../../../normalize/aws/types.js'
import check from './aws-elasticache-replication-group-at-rest-encryption.js'
import { replicationGroupFixture } from './fixtures.js'
import { runCheck } from '../../_shared/testing.js'
import { listFailedStatus } from '../rds/cluster-fixtures.js'

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<ElastiCacheReplicationGroupAttributes>; expected: string; says: string }[] = [
    { name: 'encrypted with the default key', attrs: {}, expected: 'pass', says: 'encrypts data at rest.' },
    { name: 'encrypted with a KMS key', attrs: { kmsKeyId: 'arn:aws:kms:us-east-1:111122223333:key/abcd' }, expected: 'pass', says: 'with KMS key' },
    { name: 'not encrypted', attrs: { atRestEncryptionEnabled: false }, expected: 'fail', says: 'does not encrypt' },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected, says }) => {
    const f = runCheck(check, replicationGroupFixture(attrs))
    expect(f.status).toBe(expected)
    expect(f.message).toContain(says)
  })

  it('replication groups not listed → error', () => {
    expect(listFailedStatus(check)).toBe('error')
  })
})
