import { describe, expect, it } from 'vitest'
import check from './aws-iam-role-inline-policy-no-full-admin.js'
import { runCheck } from '../../_shared/testing.js'
import { ADMIN_DOC, READ_DOC, role } from '../../_shared/iam-testing.js'
import { unknown, type Maybe } from '../../../core/unknown.js'
import type { InlinePolicy } from '../../../normalize/aws/types.js'

describe(check.id, () => {
  const cases: { name: string; inline: Maybe<InlinePolicy[]>; expected: 'pass' | 'fail' | 'error'; says?: string }[] = [
    { name: 'no inline policies', inline: [], expected: 'pass' },
    { name: 'read-only inline policy', inline: [{ name: 'read', document: READ_DOC }], expected: 'pass' },
    {
      name: 'admin inline policy',
      inline: [
        { name: 'read', document: READ_DOC },
        { name: 'god-mode', document: ADMIN_DOC },
      ],
      expected: 'fail',
      says: 'god-mode',
    },
    {
      name: '"*:*" as a single statement object',
      inline: [{ name: 'star', document: { Statement: { Effect: 'Allow', Action: '*:*', Resource: '*' } } }],
      expected: 'fail',
    },
    {
      name: 'Deny "*" is not a grant',
      inline: [{ name: 'deny', document: { Statement: [{ Effect: 'Deny', Action: '*', Resource: '*' }] } }],
      expected: 'pass',
    },
    { name: 'inline policies not collected', inline: unknown('iam:ListRolePolicies: AccessDenied'), expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ inline, expected, says }) => {
    const f = runCheck(check, role({ inlinePolicies: inline }))
    expect(f.status).toBe(expected)
    if (says) expect(f.message).toContain(says)
  })
})
