import { describe, expect, it } from 'vitest'
import type { Resource } from '../../../core/resource.js'
import type { SsmParameterAttributes } from '../../../normalize/aws/types.js'
import check from './aws-ssm-parameter-secure-string-cmk.js'
import { runCheck } from '../../_shared/testing.js'
import { kmsKeyFixture, parameterFixture } from '../backup/management-fixtures.js'

const CMK = '1234abcd-12ab-34cd-56ef-1234567890ab'
const keys = [kmsKeyFixture(CMK, 'CUSTOMER')] as Resource<unknown>[]
const secure = (keyId: string) => parameterFixture({ parameterName: '/prod/db-password', parameterType: 'SecureString', keyId })

describe(check.id, () => {
  const cases: { name: string; p: Resource<SsmParameterAttributes>; expected: string }[] = [
    { name: 'alias/aws/ssm', p: secure('alias/aws/ssm'), expected: 'fail' },
    { name: 'customer key ARN', p: secure(`arn:aws:kms:us-east-1:111122223333:key/${CMK}`), expected: 'pass' },
    { name: 'customer alias', p: secure('alias/params'), expected: 'pass' },
    { name: 'key id not among collected keys', p: secure('ffff0000-12ab-34cd-56ef-1234567890ab'), expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ p, expected }) => {
    expect(runCheck(check, p, keys).status).toBe(expected)
  })

  it('does not apply to String parameters', () => {
    expect(() => runCheck(check, parameterFixture())).toThrow(/got 0/)
  })
})
