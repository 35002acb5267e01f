import { describe, expect, it } from 'vitest'
import type { CloudFormationStackAttributes } from '../../../normalize/aws/types.js'
import check from './aws-cloudformation-stack-no-drift.js'
import { runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { stackFixture } from '../backup/management-fixtures.js'

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<CloudFormationStackAttributes>; expected: string }[] = [
    { name: 'IN_SYNC', attrs: {}, expected: 'pass' },
    { name: 'DRIFTED', attrs: { driftStatus: 'DRIFTED' }, expected: 'fail' },
    { name: 'NOT_CHECKED', attrs: { driftStatus: 'NOT_CHECKED', lastDriftCheck: null }, expected: 'pass' },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    expect(runCheck(check, stackFixture(attrs)).status).toBe(expected)
  })

  it('a failed DescribeStacks → error', () => {
    expect(statusesWhenListFails(check, 'cloudformation', 'DescribeStacks')).toEqual(['error'])
  })
})
