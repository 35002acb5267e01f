import { describe, expect, it } from 'vitest'
import check from './aws-iam-user-unused-credentials-disabled.js'
import { daysAgo, runCheck } from '../../_shared/testing.js'
import { key, user } from '../../_shared/iam-testing.js'
import { unknown } from '../../../core/unknown.js'
import type { IamUserAttributes } from '../../../normalize/aws/types.js'

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<IamUserAttributes>; expected: 'pass' | 'fail' | 'error'; says?: string }[] = [
    { name: 'password used yesterday, fresh key', attrs: { accessKeys: [key()] }, expected: 'pass' },
    { name: 'password unused for 60 days', attrs: { passwordLastUsed: daysAgo(60) }, expected: 'fail', says: 'console password (last used' },
    { name: 'password never used by an old user', attrs: { passwordLastUsed: null }, expected: 'fail', says: 'never used' },
    { name: 'password never used by a new user', attrs: { passwordLastUsed: null, createDate: daysAgo(10) }, expected: 'pass' },
    {
      name: 'active key unused for 50 days',
      attrs: { accessKeys: [key({ id: 'AKIASTALE', lastUsedDate: daysAgo(50) })] },
      expected: 'fail',
      says: 'access key AKIASTALE',
    },
    {
      name: 'active key never used, created 46 days ago',
      attrs: { accessKeys: [key({ lastUsedDate: null, createDate: daysAgo(46) })] },
      expected: 'fail',
    },
    { name: 'inactive old key', attrs: { accessKeys: [key({ status: 'Inactive', lastUsedDate: daysAgo(300) })] }, expected: 'pass' },
    { name: 'no password, no keys', attrs: { passwordEnabled: false, passwordLastUsed: null }, expected: 'pass' },
    { name: 'key list unknown', attrs: { accessKeys: unknown('iam:ListAccessKeys: AccessDenied') }, expected: 'error' },
    { name: 'password last use unknown', attrs: { passwordLastUsed: unknown('iam:GetCredentialReport: AccessDenied') }, expected: 'error' },
    {
      name: 'stale password wins over an unknown key',
      attrs: { passwordLastUsed: daysAgo(90), accessKeys: [key({ lastUsedDate: unknown('iam:GetAccessKeyLastUsed: AccessDenied') })] },
      expected: 'fail',
    },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected, says }) => {
    const f = runCheck(check, user(attrs))
    expect(f.status).toBe(expected)
    if (says) expect(f.message).toContain(says)
  })
})
