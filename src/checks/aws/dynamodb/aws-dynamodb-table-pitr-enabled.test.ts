import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import type { DynamoDbTableAttributes } from '../../../normalize/aws/types.js'
import check from './aws-dynamodb-table-pitr-enabled.js'
import { tableFixture } from './fixtures.js'
import { runCheck } from '../../_shared/testing.js'

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<DynamoDbTableAttributes>; expected: string }[] = [
    { name: 'PITR enabled', attrs: {}, expected: 'pass' },
    { name: 'PITR disabled', attrs: { pointInTimeRecovery: false }, expected: 'fail' },
    {
      name: 'DescribeContinuousBackups failed',
      attrs: { pointInTimeRecovery: unknown('dynamodb:DescribeContinuousBackups: AccessDenied') },
      expected: 'error',
    },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    expect(runCheck(check, tableFixture(attrs)).status).toBe(expected)
  })
})
