import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import type { DynamoDbTableAttributes } from '../../../normalize/aws/types.js'
import check from './aws-dynamodb-table-deletion-protection.js'
import { tableFixture } from './fixtures.js'
import { runCheck } from '../../_shared/testing.js'

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<DynamoDbTableAttributes>; expected: string }[] = [
    { name: 'deletion protection on', attrs: {}, expected: 'pass' },
    { name: 'deletion protection off', attrs: { deletionProtection: false }, expected: 'fail' },
    { name: 'DescribeTable failed', attrs: { deletionProtection: unknown('dynamodb:DescribeTable: AccessDenied') }, expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    expect(runCheck(check, tableFixture(attrs)).status).toBe(expected)
  })
})
