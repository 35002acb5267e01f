import { describe, expect, it } from 'vitest'
import check from './aws-iam-root-not-recently-used.js'
import { daysAgo, runCheck } from '../../_shared/testing.js'
import { rootUser } from '../../_shared/iam-testing.js'
import { unknown } from '../../../core/unknown.js'
import type { RootUserAttributes } from '../../../normalize/aws/types.js'

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<RootUserAttributes>; expected: 'pass' | 'fail' | 'error'; says?: string }[] = [
    { name: 'used yesterday', attrs: { lastUsed: daysAgo(1) }, expected: 'fail', says: '1 day(s) ago' },
    { name: 'used 29 days ago', attrs: { lastUsed: daysAgo(29) }, expected: 'fail' },
    { name: 'used 30 days ago', attrs: { lastUsed: daysAgo(30) }, expected: 'pass' },
    { name: 'used 200 days ago', attrs: { lastUsed: daysAgo(200) }, expected: 'pass' },
    { name: 'never used', attrs: { lastUsed: null }, expected: 'pass', says: 'never' },
    { name: 'no <root_account> row (moto)', attrs: { lastUsed: unknown('credential report has no <root_account> row') }, expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected, says }) => {
    const f = runCheck(check, rootUser(attrs))
    expect(f.status).toBe(expected)
    if (says) expect(f.message).toContain(says)
  })
})
