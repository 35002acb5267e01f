import { describe, expect, it } from 'vitest'
import check from './aws-iam-access-key-rotated.js'
import { daysAgo, runCheck } from '../../_shared/testing.js'
import { key, user } from '../../_shared/iam-testing.js'
import { unknown } from '../../../core/unknown.js'
import type { IamUserAttributes } from '../../../normalize/aws/types.js'

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<IamUserAttributes>; expected: 'pass' | 'fail' | 'error'; says?: string }[] = [
    { name: 'no keys', attrs: { accessKeys: [] }, expected: 'pass' },
    { name: 'key created 90 days ago', attrs: { accessKeys: [key({ createDate: daysAgo(90) })] }, expected: 'pass' },
    {
      name: 'key created 91 days ago',
      attrs: { accessKeys: [key({ id: 'AKIAOLD', createDate: daysAgo(91) })] },
      expected: 'fail',
      says: 'AKIAOLD (91 days)',
    },
    { name: 'old key is inactive', attrs: { accessKeys: [key({ status: 'Inactive', createDate: daysAgo(400) })] }, expected: 'pass' },
    { name: 'key list unknown', attrs: { accessKeys: unknown('iam:ListAccessKeys: AccessDenied') }, expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected, says }) => {
    const f = runCheck(check, user(attrs))
    expect(f.status).toBe(expected)
    if (says) expect(f.message).toContain(says)
  })
})
