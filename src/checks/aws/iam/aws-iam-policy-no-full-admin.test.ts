import { describe, expect, it } from 'vitest'
import check from './aws-iam-policy-no-full-admin.js'
import { runCheck, TEST_NOW } from '../../_shared/testing.js'
import { ADMIN_DOC, managedPolicy, READ_DOC } from '../../_shared/iam-testing.js'
import { unknown } from '../../../core/unknown.js'
import { Inventory } from '../../../core/inventory.js'
import { evaluate } from '../../../evaluate/engine.js'
import type { IamPolicyAttributes } from '../../../normalize/aws/types.js'

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<IamPolicyAttributes>; expected: 'pass' | 'fail' | 'error'; says?: string }[] = [
    { name: 'attached read-only policy', attrs: { document: READ_DOC }, expected: 'pass' },
    { name: 'attached admin policy', attrs: { document: ADMIN_DOC, attachmentCount: 3 }, expected: 'fail', says: 'attached 3 time(s)' },
    {
      name: 'attached NotAction policy (allow by exclusion)',
      attrs: { document: { Statement: { Sid: 'AlmostAll', Effect: 'Allow', NotAction: ['iam:*', 'organizations:*'], Resource: '*' } } },
      expected: 'fail',
      says: 'statement "AlmostAll"',
    },
    {
      name: 'AWS-managed AdministratorAccess attached',
      attrs: { policyName: 'AdministratorAccess', isAwsManaged: true, document: ADMIN_DOC },
      expected: 'fail',
    },
    { name: 'unattached customer admin policy', attrs: { document: ADMIN_DOC, attachmentCount: 0 }, expected: 'pass', says: 'not attached' },
    {
      name: 'unattached, document unknown',
      attrs: { document: unknown('iam:GetPolicyVersion: AccessDenied'), attachmentCount: 0 },
      expected: 'pass',
    },
    {
      name: 'attached, document unknown',
      attrs: { document: unknown('iam:GetPolicyVersion: AccessDenied') },
      expected: 'error',
      says: 'AccessDenied',
    },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected, says }) => {
    const f = runCheck(check, managedPolicy(attrs))
    expect(f.status).toBe(expected)
    if (says) expect(f.message).toContain(says)
  })

  it('gives no finding for unattached AWS-managed policies', () => {
    const p = managedPolicy({ policyName: 'AmazonS3FullAccess', isAwsManaged: true, attachmentCount: 0, document: unknown('not loaded') })
    const findings = evaluate([check], new Inventory([p]), () => [], TEST_NOW)
    expect(findings).toEqual([])
  })
})
