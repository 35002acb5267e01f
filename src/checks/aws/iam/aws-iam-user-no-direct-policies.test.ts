import { describe, expect, it } from 'vitest'
import check from './aws-iam-user-no-direct-policies.js'
import { runCheck } from '../../_shared/testing.js'
import { READ_DOC, user } from '../../_shared/iam-testing.js'
import { unknown } from '../../../core/unknown.js'
import type { IamUserAttributes } from '../../../normalize/aws/types.js'

const attached = [{ arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess', name: 'ReadOnlyAccess' }]
const inline = [{ name: 'read-logs', document: READ_DOC }]

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<IamUserAttributes>; expected: 'pass' | 'fail' | 'error'; says?: string }[] = [
    { name: 'no policies', attrs: {}, expected: 'pass' },
    { name: 'attached managed policy', attrs: { attachedPolicies: attached }, expected: 'fail', says: 'managed ReadOnlyAccess' },
    { name: 'inline policy', attrs: { inlinePolicies: inline }, expected: 'fail', says: 'inline read-logs' },
    {
      name: 'attached policy, inline list unknown',
      attrs: { attachedPolicies: attached, inlinePolicies: unknown('iam:ListUserPolicies: AccessDenied') },
      expected: 'fail',
    },
    { name: 'attached list unknown', attrs: { attachedPolicies: unknown('iam:ListAttachedUserPolicies: AccessDenied') }, expected: 'error' },
    { name: 'inline list unknown', attrs: { inlinePolicies: unknown('iam:ListUserPolicies: AccessDenied') }, expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected, says }) => {
    const f = runCheck(check, user(attrs))
    expect(f.status).toBe(expected)
    if (says) expect(f.message).toContain(says)
  })
})
