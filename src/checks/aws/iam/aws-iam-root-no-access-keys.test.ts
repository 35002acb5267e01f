import { describe, expect, it } from 'vitest'
import check from './aws-iam-root-no-access-keys.js'
import { runCheck } from '../../_shared/testing.js'
import { rootUser } from '../../_shared/iam-testing.js'
import { unknown } from '../../../core/unknown.js'
import type { RootUserAttributes } from '../../../normalize/aws/types.js'

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<RootUserAttributes>; expected: 'pass' | 'fail' | 'error' }[] = [
    { name: 'no root keys', attrs: { accessKeysPresent: false }, expected: 'pass' },
    { name: 'root keys present', attrs: { accessKeysPresent: true }, expected: 'fail' },
    { name: 'not collected', attrs: { accessKeysPresent: unknown('iam:GetAccountSummary: AccessDenied') }, expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    expect(runCheck(check, rootUser(attrs)).status).toBe(expected)
  })
})
