import { describe, expect, it } from 'vitest'
import type { PolicyDocument, PolicyStatement } from '../../normalize/aws/types.js'
import {
  actionMatches,
  actionPatternsOverlap,
  asList,
  fullAdminInlinePolicies,
  grantsFullAdmin,
  hasRestrictingCondition,
  isPublicPrincipal,
  principalsOf,
  publicStatements,
  statementLabel,
  statementMatchesAction,
  statements,
} from './iam-policy.js'

const doc = (...s: PolicyStatement[]): PolicyDocument => ({ Version: '2012-10-17', Statement: s })
const allow = (extra: Partial<PolicyStatement>): PolicyStatement => ({ Effect: 'Allow', ...extra })

describe('asList / statements', () => {
  it('turns strings, arrays and absence into arrays', () => {
    expect(asList('a')).toEqual(['a'])
    expect(asList(['a', 'b'])).toEqual(['a', 'b'])
    expect(asList(undefined)).toEqual([])
    expect(asList(null)).toEqual([])
  })

  it('accepts a single Statement object', () => {
    const s = statements({ Statement: { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' } })
    expect(s).toEqual([{ Effect: 'Allow', Action: ['s3:GetObject'], Resource: ['arn:aws:s3:::b/*'] }])
  })

  it('accepts a Statement array and normalizes every list element', () => {
    const s = statements(
      doc(allow({ NotAction: 'iam:*', NotResource: ['arn:aws:s3:::x'] }), { Effect: 'Deny', Action: ['a:b', 'c:d'], Resource: '*' }),
    )
    expect(s).toHaveLength(2)
    expect(s[0]).toEqual({ Effect: 'Allow', NotAction: ['iam:*'], NotResource: ['arn:aws:s3:::x'] })
    expect(s[1]?.Action).toEqual(['a:b', 'c:d'])
    expect(s[1]?.Resource).toEqual(['*'])
  })

  it('keeps absent elements absent and keeps Sid, Principal and Condition', () => {
    const [s] = statements(doc({ Sid: 'X', Effect: 'Allow', Principal: '*', Action: 's3:*', Condition: { Bool: { 'aws:SecureTransport': 'true' } } }))
    expect(s).toBeDefined()
    expect('NotAction' in s!).toBe(false)
    expect('Resource' in s!).toBe(false)
    expect(s?.Sid).toBe('X')
    expect(s?.Principal).toBe('*')
    expect(s?.Condition).toEqual({ Bool: { 'aws:SecureTransport': 'true' } })
  })

  it('returns [] for no document, no Statement, or garbage statements', () => {
    expect(statements(null)).toEqual([])
    expect(statements(undefined)).toEqual([])
    expect(statements({} as PolicyDocument)).toEqual([])
    expect(statements({ Statement: ['oops', null, 3] } as unknown as PolicyDocument)).toEqual([])
  })
})

describe('actionMatches', () => {
  const cases: [pattern: string, action: string, expected: boolean][] = [
    ['*', 's3:GetObject', true],
    ['*:*', 's3:GetObject', true],
    ['s3:*', 's3:GetObject', true],
    ['s3:GetObject', 's3:GetObject', true],
    ['S3:getobject', 's3:GetObject', true],
    ['s3:GetObject', 'S3:GETOBJECT', true],
    ['s3:Get*', 's3:GetObject', true],
    ['s3:Get*', 's3:PutObject', false],
    ['s3:GetObjec?', 's3:GetObject', true],
    ['s3:GetObjec?', 's3:GetObjects', false],
    ['iam:*AccessKey*', 'iam:ListAccessKeys', true],
    ['s3:GetObject', 's3:GetObjectAcl', false],
    ['ec2:*', 's3:GetObject', false],
    ['s3:*', 's3:Get*', true],
    ['*', 's3:*', true],
    ['s3:Get*', 's3:*', false],
    ['s3:GetObjec?', 's3:GetObjec*', false],
    ['s3:GetObject', 's3:GetObject*', false],
  ]
  it.each(cases)('%s matches %s → %s', (pattern, action, expected) => {
    expect(actionMatches(pattern, action)).toBe(expected)
  })
})

describe('actionPatternsOverlap', () => {
  const cases: [a: string, b: string, expected: boolean][] = [
    ['s3:Get*', 's3:GetObject', true],
    ['s3:GetObject', 's3:Get*', true],
    ['s3:Get*', 's3:*Object', true],
    ['s3:Put*', 's3:Get*', false],
    ['*', 'kms:Decrypt', true],
    ['s3:?etObject', 's3:GetObjec?', true],
    ['ec2:*', 's3:*', false],
  ]
  it.each(cases)('%s ∩ %s → %s', (a, b, expected) => {
    expect(actionPatternsOverlap(a, b)).toBe(expected)
  })
})

describe('statementMatchesAction', () => {
  const cases: { name: string; stmt: PolicyStatement; action: string; expected: boolean }[] = [
    { name: 'Action list hit', stmt: allow({ Action: ['s3:ListBucket', 's3:GetObject'] }), action: 's3:GetObject', expected: true },
    { name: 'Action wildcard hit', stmt: allow({ Action: 's3:*' }), action: 's3:GetObject', expected: true },
    { name: 'Action miss', stmt: allow({ Action: 's3:PutObject' }), action: 's3:GetObject', expected: false },
    { name: 'requested pattern overlaps Action', stmt: allow({ Action: 's3:PutObject' }), action: 's3:Put*', expected: true },
    { name: 'NotAction excludes it', stmt: allow({ NotAction: 's3:GetObject' }), action: 's3:GetObject', expected: false },
    { name: 'NotAction wildcard excludes it', stmt: allow({ NotAction: 's3:*' }), action: 's3:GetObject', expected: false },
    { name: 'NotAction of something else', stmt: allow({ NotAction: 'iam:*' }), action: 's3:GetObject', expected: true },
    { name: 'NotAction covers only part of a pattern', stmt: allow({ NotAction: 's3:GetObject' }), action: 's3:Get*', expected: true },
    { name: 'neither Action nor NotAction', stmt: allow({}), action: 's3:GetObject', expected: false },
  ]
  it.each(cases)('$name → $expected', ({ stmt, action, expected }) => {
    expect(statementMatchesAction(stmt, action)).toBe(expected)
  })
})

describe('grantsFullAdmin', () => {
  const cases: { name: string; doc: PolicyDocument | null; expected: boolean }[] = [
    { name: 'AdministratorAccess', doc: doc(allow({ Action: '*', Resource: '*' })), expected: true },
    { name: '"*:*" on "*"', doc: doc(allow({ Action: ['*:*'], Resource: ['*'] })), expected: true },
    { name: 'single Statement object', doc: { Statement: { Effect: 'Allow', Action: '*', Resource: '*' } }, expected: true },
    { name: '"*" among other actions', doc: doc(allow({ Action: ['s3:GetObject', '*'], Resource: '*' })), expected: true },
    { name: 'wildcard-only ARN resource', doc: doc(allow({ Action: '*', Resource: 'arn:aws:*:*:*:*' })), expected: true },
    { name: 'NotAction on "*" (allow by exclusion)', doc: doc(allow({ NotAction: ['iam:*', 'organizations:*'], Resource: '*' })), expected: true },
    { name: 'Action "*" with NotResource', doc: doc(allow({ Action: '*', NotResource: 'arn:aws:s3:::audit-logs/*' })), expected: true },
    {
      name: 'admin with an MFA condition still counts',
      doc: doc(allow({ Action: '*', Resource: '*', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } })),
      expected: true,
    },
    {
      name: 'admin in the second statement',
      doc: doc(allow({ Action: 's3:GetObject', Resource: '*' }), allow({ Action: '*', Resource: '*' })),
      expected: true,
    },
    { name: 'Deny "*" on "*"', doc: doc({ Effect: 'Deny', Action: '*', Resource: '*' }), expected: false },
    { name: 'service wildcard only', doc: doc(allow({ Action: 'iam:*', Resource: '*' })), expected: false },
    { name: '"*" on one bucket', doc: doc(allow({ Action: '*', Resource: 'arn:aws:s3:::b' })), expected: false },
    { name: 'NotAction "*" excludes everything', doc: doc(allow({ NotAction: '*', Resource: '*' })), expected: false },
    { name: 'NotAction on one resource', doc: doc(allow({ NotAction: 'iam:*', Resource: 'arn:aws:s3:::b/*' })), expected: false },
    { name: 'NotResource "*"', doc: doc(allow({ Action: '*', NotResource: '*' })), expected: false },
    { name: 'read-only policy', doc: doc(allow({ Action: ['s3:Get*', 's3:List*'], Resource: '*' })), expected: false },
    { name: 'no document', doc: null, expected: false },
  ]
  it.each(cases)('$name → $expected', ({ doc: d, expected }) => {
    expect(grantsFullAdmin(d)).toBe(expected)
  })

  it('names the inline policies that grant admin', () => {
    const policies = [
      { name: 'admin', document: doc(allow({ Action: '*', Resource: '*' })) },
      { name: 'read', document: doc(allow({ Action: 's3:GetObject', Resource: '*' })) },
    ]
    expect(fullAdminInlinePolicies(policies)).toEqual(['admin'])
  })
})

describe('principalsOf', () => {
  const cases: { name: string; stmt: PolicyStatement; expected: ReturnType<typeof principalsOf> }[] = [
    { name: 'bare "*"', stmt: allow({ Principal: '*' }), expected: [{ type: '*', value: '*' }] },
    {
      name: 'AWS string',
      stmt: allow({ Principal: { AWS: 'arn:aws:iam::111122223333:root' } }),
      expected: [{ type: 'AWS', value: 'arn:aws:iam::111122223333:root' }],
    },
    {
      name: 'several types and lists',
      stmt: allow({
        Principal: { AWS: ['111122223333', '*'], Service: 'lambda.amazonaws.com', Federated: 'cognito-identity.amazonaws.com', CanonicalUser: 'abc' },
      }),
      expected: [
        { type: 'AWS', value: '111122223333' },
        { type: 'AWS', value: '*' },
        { type: 'Service', value: 'lambda.amazonaws.com' },
        { type: 'Federated', value: 'cognito-identity.amazonaws.com' },
        { type: 'CanonicalUser', value: 'abc' },
      ],
    },
    { name: 'no Principal (identity policy)', stmt: allow({ Action: '*' }), expected: [] },
  ]
  it.each(cases)('$name', ({ stmt, expected }) => {
    expect(principalsOf(stmt)).toEqual(expected)
  })
})

describe('isPublicPrincipal', () => {
  const cases: { name: string; stmt: PolicyStatement; expected: boolean }[] = [
    { name: 'Principal "*"', stmt: allow({ Principal: '*' }), expected: true },
    { name: '{AWS: "*"}', stmt: allow({ Principal: { AWS: '*' } }), expected: true },
    { name: 'AWS list containing "*"', stmt: allow({ Principal: { AWS: ['arn:aws:iam::111122223333:root', '*'] } }), expected: true },
    { name: 'NotPrincipal (everyone but)', stmt: allow({ NotPrincipal: { AWS: 'arn:aws:iam::111122223333:root' } }), expected: true },
    { name: 'one account', stmt: allow({ Principal: { AWS: 'arn:aws:iam::111122223333:root' } }), expected: false },
    { name: 'a service', stmt: allow({ Principal: { Service: 'cloudtrail.amazonaws.com' } }), expected: false },
    { name: 'no principal', stmt: allow({ Action: 's3:*' }), expected: false },
  ]
  it.each(cases)('$name → $expected', ({ stmt, expected }) => {
    expect(isPublicPrincipal(stmt)).toBe(expected)
  })
})

describe('hasRestrictingCondition', () => {
  const cond = (c: PolicyStatement['Condition']): PolicyStatement => allow({ Principal: '*', Action: 's3:GetObject', Condition: c })
  const cases: { name: string; stmt: PolicyStatement; expected: boolean }[] = [
    { name: 'no condition', stmt: allow({ Principal: '*' }), expected: false },
    { name: 'aws:SourceAccount StringEquals', stmt: cond({ StringEquals: { 'aws:SourceAccount': '111122223333' } }), expected: true },
    { name: 'key matched case-insensitively', stmt: cond({ StringEquals: { 'AWS:SOURCEACCOUNT': '111122223333' } }), expected: true },
    { name: 'aws:PrincipalOrgID', stmt: cond({ StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } }), expected: true },
    {
      name: 'aws:SourceArn ArnLike',
      stmt: cond({ ArnLike: { 'aws:SourceArn': 'arn:aws:cloudtrail:us-east-1:111122223333:trail/*' } }),
      expected: true,
    },
    {
      name: 'aws:SourceArn of an S3 bucket (no account field)',
      stmt: cond({ ArnEquals: { 'aws:SourceArn': 'arn:aws:s3:::logs-bucket' } }),
      expected: true,
    },
    { name: 'aws:SourceIp IpAddress', stmt: cond({ IpAddress: { 'aws:SourceIp': ['203.0.113.0/24', '198.51.100.7/32'] } }), expected: true },
    { name: 'aws:SourceVpce', stmt: cond({ StringEquals: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } }), expected: true },
    { name: 'sts:ExternalId', stmt: cond({ StringEquals: { 'sts:ExternalId': 'partner-42' } }), expected: true },
    {
      name: 'ForAnyValue prefix',
      stmt: cond({ 'ForAnyValue:StringLike': { 'aws:PrincipalOrgPaths': 'o-abc/r-ab12/ou-ab12-11111111/*' } }),
      expected: true,
    },
    {
      name: 'restricting key beside an unrelated one',
      stmt: cond({ Bool: { 'aws:SecureTransport': 'true' }, StringEquals: { 'aws:SourceAccount': '111122223333' } }),
      expected: true,
    },
    { name: 'value "*"', stmt: cond({ StringLike: { 'aws:SourceAccount': '*' } }), expected: false },
    { name: 'one "*" among values', stmt: cond({ StringEquals: { 'aws:PrincipalAccount': ['111122223333', '*'] } }), expected: false },
    { name: 'any-account ARN', stmt: cond({ ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/deploy' } }), expected: false },
    { name: 'wildcard ARN', stmt: cond({ ArnLike: { 'aws:SourceArn': 'arn:aws:*' } }), expected: false },
    { name: '0.0.0.0/0', stmt: cond({ IpAddress: { 'aws:SourceIp': '0.0.0.0/0' } }), expected: false },
    { name: '::/0', stmt: cond({ IpAddress: { 'aws:SourceIp': '::/0' } }), expected: false },
    { name: 'negated operator', stmt: cond({ StringNotEquals: { 'aws:SourceAccount': '111122223333' } }), expected: false },
    { name: 'NotIpAddress', stmt: cond({ NotIpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }), expected: false },
    {
      name: 'IfExists (true when the key is absent)',
      stmt: cond({ StringEqualsIfExists: { 'aws:SourceAccount': '111122223333' } }),
      expected: false,
    },
    {
      name: 'ForAllValues (true when the key is absent)',
      stmt: cond({ 'ForAllValues:StringEquals': { 'aws:PrincipalOrgID': 'o-abc123' } }),
      expected: false,
    },
    { name: 'Null operator', stmt: cond({ Null: { 'aws:PrincipalOrgID': 'false' } }), expected: false },
    { name: 'a key that does not limit who', stmt: cond({ Bool: { 'aws:SecureTransport': 'true' } }), expected: false },
    { name: 'empty value list', stmt: cond({ StringEquals: { 'aws:SourceAccount': [] } }), expected: false },
  ]
  it.each(cases)('$name → $expected', ({ stmt, expected }) => {
    expect(hasRestrictingCondition(stmt)).toBe(expected)
  })
})

describe('publicStatements', () => {
  const publicRead = allow({ Sid: 'PublicRead', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' })
  const orgOnly = allow({
    Sid: 'Org',
    Principal: '*',
    Action: 's3:*',
    Resource: '*',
    Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } },
  })
  const account = allow({ Sid: 'Account', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 's3:*', Resource: '*' })
  const denyAll = { Sid: 'DenyHttp', Effect: 'Deny' as const, Principal: '*' as const, Action: 's3:*', Resource: '*' }
  const publicPut = allow({ Sid: 'PublicPut', Principal: { AWS: '*' }, Action: ['s3:PutObject'], Resource: 'arn:aws:s3:::b/*' })
  const everythingButDelete = allow({ Sid: 'AllButDelete', Principal: '*', NotAction: 's3:DeleteObject', Resource: '*' })

  const cases: { name: string; doc: PolicyDocument | null; actions?: string[]; expected: string[] }[] = [
    { name: 'public read', doc: doc(publicRead), expected: ['PublicRead'] },
    { name: 'org-restricted and account principals are not public', doc: doc(orgOnly, account), expected: [] },
    { name: 'Deny statements are ignored', doc: doc(denyAll), expected: [] },
    { name: 'filtered by action: read only', doc: doc(publicRead, publicPut), actions: ['s3:GetObject', 's3:ListBucket'], expected: ['PublicRead'] },
    { name: 'filtered by action pattern', doc: doc(publicRead, publicPut), actions: ['s3:Put*'], expected: ['PublicPut'] },
    {
      name: 'NotAction statement matches what it does not exclude',
      doc: doc(everythingButDelete),
      actions: ['s3:GetObject'],
      expected: ['AllButDelete'],
    },
    { name: 'NotAction statement excluding the action', doc: doc(everythingButDelete), actions: ['s3:DeleteObject'], expected: [] },
    { name: 'no policy', doc: null, expected: [] },
  ]
  it.each(cases)('$name', ({ doc: d, actions, expected }) => {
    expect(publicStatements(d, actions).map((s) => s.Sid)).toEqual(expected)
  })
})

describe('statementLabel', () => {
  it('uses the Sid, else the position', () => {
    expect(statementLabel({ Sid: 'A', Effect: 'Allow' })).toBe('statement "A"')
    expect(statementLabel({ Effect: 'Allow' }, 1)).toBe('statement #2')
    expect(statementLabel({ Effect: 'Allow' })).toBe('an unnamed statement')
  })
})
