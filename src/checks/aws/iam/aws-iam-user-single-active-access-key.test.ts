import { describe, expect, it } from 'vitest'
import check from './aws-iam-user-single-active-access-key.js'
import { runCheck } from '../../_shared/testing.js'
import { key, user } from '../../_shared/iam-testing.js'
import { unknown } from '../../../core/unknown.js'
import type { IamUserAttributes } from '../../../normalize/aws/types.js'

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<IamUserAttributes>; expected: 'pass' | 'fail' | 'error' }[] = [
    { name: 'no keys', attrs: { accessKeys: [] }, expected: 'pass' },
    { name: 'one active key', attrs: { accessKeys: [key()] }, expected: 'pass' },
    { name: 'one active, one inactive', attrs: { accessKeys: [key({ id: 'AK1' }), key({ id: 'AK2', status: 'Inactive' })] }, expected: 'pass' },
    { name: 'two active keys', attrs: { accessKeys: [key({ id: 'AK1' }), key({ id: 'AK2' })] }, expected: 'fail' },
    { name: 'key list unknown', attrs: { accessKeys: unknown('iam:ListAccessKeys: AccessDenied') }, expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    expect(runCheck(check, user(attrs)).status).toBe(expected)
  })
})
