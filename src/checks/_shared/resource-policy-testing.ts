/** Shared test table for resource-policy checks: each check's test supplies its own resource, action and fixture. */
import { describe, expect, it } from 'vitest'
import type { Resource } from '../../core/resource.js'
import { unknown, type Maybe } from '../../core/unknown.js'
import type { Check } from '../../evaluate/define-check.js'
import type { PolicyDocument, PolicyStatement } from '../../normalize/aws/types.js'
import { runCheck } from './testing.js'

type PolicyHolder = { policy: Maybe<PolicyDocument | null> }

/** Runs the public-principal cases (owner-only, `*`, conditions that do and do not restrict, not collected). */
export function describePublicPolicyCheck<A extends PolicyHolder>(
  check: Check<A>,
  spec: { resource: string; action: string; fixture: (policy: Maybe<PolicyDocument | null>) => Resource<A> },
): void {
  const doc = (...Statement: PolicyStatement[]): PolicyDocument => ({ Version: '2012-10-17', Statement })
  const allowAll = (extra: Partial<PolicyStatement> = {}): PolicyStatement => ({
    Sid: 'Open',
    Effect: 'Allow',
    Principal: '*',
    Action: spec.action,
    Resource: spec.resource,
    ...extra,
  })
  const when = (key: string, value: string, op = 'StringEquals') => doc(allowAll({ Condition: { [op]: { [key]: value } } }))
  const cases: { name: string; policy: Maybe<PolicyDocument | null>; expected: string }[] = [
    { name: 'no policy', policy: null, expected: 'pass' },
    { name: 'own account only', policy: doc(allowAll({ Principal: { AWS: 'arn:aws:iam::111122223333:root' } })), expected: 'pass' },
    { name: 'Principal *', policy: doc(allowAll()), expected: 'fail' },
    { name: 'AWS: * in a list', policy: doc(allowAll({ Principal: { AWS: ['arn:aws:iam::444455556666:root', '*'] } })), expected: 'fail' },
    { name: 'Principal * but Deny', policy: doc(allowAll({ Effect: 'Deny' })), expected: 'pass' },
    { name: 'Principal * limited to the organization', policy: when('aws:PrincipalOrgID', 'o-a1b2c3d4e5'), expected: 'pass' },
    { name: 'Principal * limited to a source account', policy: when('aws:SourceAccount', '111122223333'), expected: 'pass' },
    { name: 'Principal * limited to a VPC endpoint', policy: when('aws:SourceVpce', 'vpce-0a1b2c3d'), expected: 'pass' },
    { name: 'Principal * with a negated condition', policy: when('aws:SourceAccount', '111122223333', 'StringNotEquals'), expected: 'fail' },
    {
      name: 'Principal * with a condition that does not limit who (SecureTransport)',
      policy: when('aws:SecureTransport', 'true', 'Bool'),
      expected: 'fail',
    },
    { name: 'policy not collected', policy: unknown('AccessDenied'), expected: 'error' },
  ]
  describe(check.id, () => {
    it.each(cases)('$name → $expected', ({ policy, expected }) => {
      expect(runCheck(check, spec.fixture(policy)).status).toBe(expected)
    })
  })
}
