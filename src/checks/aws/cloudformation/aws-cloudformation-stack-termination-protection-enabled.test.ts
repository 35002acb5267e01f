import { describe, expect, it } from 'vitest'
import type { CloudFormationStackAttributes } from '../../../normalize/aws/types.js'
import check from './aws-cloudformation-stack-termination-protection-enabled.js'
import { runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { stackFixture } from '../backup/management-fixtures.js'

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<CloudFormationStackAttributes>; expected: string }[] = [
    { name: 'protected', attrs: {}, expected: 'pass' },
    { name: 'not protected', attrs: { terminationProtection: false }, expected: 'fail' },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    expect(runCheck(check, stackFixture(attrs)).status).toBe(expected)
  })

  it('does not apply to nested stacks', () => {
    expect(() =>
      runCheck(check, stackFixture({ terminationProtection: false, rootStackId: 'arn:aws:cloudformation:us-east-1:111122223333:stack/root/1' })),
    ).toThrow(/got 0/)
  })

  it('a failed DescribeStacks → error', () => {
    expect(statusesWhenListFails(check, 'cloudformation', 'DescribeStacks')).toEqual(['error'])
  })
})
