import { describe, expect, it } from 'vitest'
import type { TrailAttributes } from '../../../normalize/aws/types.js'
import check from './aws-cloudtrail-kms-encryption-enabled.js'
import { trailFixture } from '../../_shared/logging-fixtures.js'
import { runCheck } from '../../_shared/testing.js'

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<TrailAttributes>; expected: string; says: string }[] = [
    {
      name: 'KMS key set',
      attrs: { kmsKeyId: 'arn:aws:kms:us-east-1:111122223333:key/abcd' },
      expected: 'pass',
      says: 'with KMS key arn:aws:kms:us-east-1:111122223333:key/abcd',
    },
    { name: 'no KMS key', attrs: { kmsKeyId: null }, expected: 'fail', says: 'Trail main has no KMS key' },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected, says }) => {
    const f = runCheck(check, trailFixture(attrs))
    expect(f.status).toBe(expected)
    expect(f.message).toContain(says)
  })
})
