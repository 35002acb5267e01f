import { describe, expect, it } from 'vitest'
import check from './aws-iam-role-trust-no-public-principal.js'
import { runCheck } from '../../_shared/testing.js'
import { role } from '../../_shared/iam-testing.js'
import { unknown, type Maybe } from '../../../core/unknown.js'
import type { PolicyDocument, PolicyStatement } from '../../../normalize/aws/types.js'

const trust = (...s: PolicyStatement[]): PolicyDocument => ({ Version: '2012-10-17', Statement: s })
const assume = (extra: Partial<PolicyStatement>): PolicyStatement => ({ Effect: 'Allow', Action: 'sts:AssumeRole', ...extra })

describe(check.id, () => {
  const cases: { name: string; policy: Maybe<PolicyDocument | null>; expected: 'pass' | 'fail' | 'error'; says?: string }[] = [
    { name: 'own account root', policy: trust(assume({ Principal: { AWS: 'arn:aws:iam::111122223333:root' } })), expected: 'pass' },
    { name: 'another account (not public)', policy: trust(assume({ Principal: { AWS: 'arn:aws:iam::444455556666:root' } })), expected: 'pass' },
    { name: 'service principal', policy: trust(assume({ Principal: { Service: 'ec2.amazonaws.com' } })), expected: 'pass' },
    { name: 'Principal "*"', policy: trust(assume({ Sid: 'Anyone', Principal: '*' })), expected: 'fail', says: 'statement "Anyone"' },
    { name: 'AWS "*"', policy: trust(assume({ Principal: { AWS: '*' } })), expected: 'fail', says: 'AWS "*"' },
    { name: 'AWS list with "*"', policy: trust(assume({ Principal: { AWS: ['arn:aws:iam::111122223333:root', '*'] } })), expected: 'fail' },
    {
      name: 'NotPrincipal',
      policy: trust(assume({ NotPrincipal: { AWS: 'arn:aws:iam::111122223333:user/bob' } })),
      expected: 'fail',
      says: 'NotPrincipal',
    },
    {
      name: '"*" restricted to the organization',
      policy: trust(assume({ Principal: { AWS: '*' }, Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } } })),
      expected: 'pass',
    },
    {
      name: '"*" with a wildcard org condition',
      policy: trust(assume({ Principal: { AWS: '*' }, Condition: { StringLike: { 'aws:PrincipalOrgID': '*' } } })),
      expected: 'fail',
    },
    { name: '"*" only for sts:TagSession', policy: trust({ Effect: 'Allow', Principal: '*', Action: 'sts:TagSession' }), expected: 'pass' },
    { name: 'Deny "*"', policy: trust({ Effect: 'Deny', Principal: '*', Action: 'sts:AssumeRole' }), expected: 'pass' },
    { name: 'trust policy not parsed', policy: unknown('AssumeRolePolicyDocument is not valid JSON'), expected: 'error' },
    { name: 'no trust policy', policy: null, expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ policy, expected, says }) => {
    const f = runCheck(check, role({ trustPolicy: policy }))
    expect(f.status).toBe(expected)
    if (says) expect(f.message).toContain(says)
  })
})
