import { describe, expect, it } from 'vitest'
import type { CloudFormationStackAttributes } from '../../../normalize/aws/types.js'
import check from './aws-cloudformation-stack-notifications-configured.js'
import { runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { stackFixture } from '../backup/management-fixtures.js'

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<CloudFormationStackAttributes>; expected: string }[] = [
    { name: 'SNS topic set', attrs: {}, expected: 'pass' },
    { name: 'no topic', attrs: { notificationArns: [] }, expected: 'fail' },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    expect(runCheck(check, stackFixture(attrs)).status).toBe(expected)
  })

  it('a failed DescribeStacks → error', () => {
    expect(statusesWhenListFails(check, 'cloudformation', 'DescribeStacks')).toEqual(['error'])
  })
})
