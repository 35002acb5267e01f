import { describe, expect, it } from 'vitest'
import type { SsmParameterAttributes } from '../../../normalize/aws/types.js'
import check from './aws-ssm-parameter-secret-name-secure-string.js'
import { runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { parameterFixture } from '../backup/management-fixtures.js'

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<SsmParameterAttributes>; expected: string }[] = [
    { name: 'String DB_PASSWORD', attrs: { parameterName: '/prod/orders/DB_PASSWORD' }, expected: 'fail' },
    { name: 'StringList api-key', attrs: { parameterName: '/prod/stripe/api-key', parameterType: 'StringList' }, expected: 'fail' },
    { name: 'String github_token', attrs: { parameterName: 'github_token' }, expected: 'fail' },
    {
      name: 'SecureString db-password',
      attrs: { parameterName: '/prod/db-password', parameterType: 'SecureString', keyId: 'alias/aws/ssm' },
      expected: 'pass',
    },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    expect(runCheck(check, parameterFixture(attrs)).status).toBe(expected)
  })

  it.each(['/app/log-level', '/prod/db-password-arn', '/app/keyboard-layout', '/prod/secret-name'])('does not apply to %s', (parameterName) => {
    expect(() => runCheck(check, parameterFixture({ parameterName }))).toThrow(/got 0/)
  })

  it('a failed DescribeParameters → error', () => {
    expect(statusesWhenListFails(check, 'ssm', 'DescribeParameters')).toEqual(['error'])
  })
})
