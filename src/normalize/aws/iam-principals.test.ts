import { describe, expect, it } from 'vitest'
import type { IamGroupRaw } from '../../collect/aws/iam-principals.js'
import { isAwsManagedPolicyArn, normalizeGroup, normalizePolicy, parseIamPolicy } from './iam-principals.js'
import { AWS } from './types.js'

const SCOPE = { account: '111122223333', region: 'global', regions: ['us-east-1'] }
const none = { ok: true as const, value: [] }
const GROUP: IamGroupRaw['group'] = {
  GroupName: 'admins',
  GroupId: 'AGPAEXAMPLEADMINS',
  Path: '/ops/',
  Arn: 'arn:aws:iam::111122223333:group/ops/admins',
  CreateDate: new Date('2025-01-01T00:00:00Z'),
}

// The envelope (uid, type, account, region, name) every IAM normalizer shares.
describe('IAM resource envelope', () => {
  it('takes the ARN the API reports as uid and the name as name', () => {
    const g = normalizeGroup({ group: GROUP, attachedPolicies: none, inlinePolicies: none }, SCOPE)
    expect(g).toMatchObject({
      uid: 'arn:aws:iam::111122223333:group/ops/admins',
      type: AWS.iamGroup,
      account: '111122223333',
      region: 'global',
      name: 'admins',
    })
  })

  it('builds the ARN from kind and name when the API leaves it out', () => {
    const g = normalizeGroup({ group: { ...GROUP, Arn: undefined }, attachedPolicies: none, inlinePolicies: none }, SCOPE)
    expect(g).toMatchObject({ uid: 'arn:aws:iam::111122223333:group/admins', name: 'admins' })
  })

  it('names a resource by its ARN when it has no name', () => {
    const p = normalizePolicy({ policy: { Arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }, document: { ok: true, value: null } }, SCOPE)
    expect(p).toMatchObject({ uid: 'arn:aws:iam::aws:policy/ReadOnlyAccess', type: AWS.iamPolicy, name: 'arn:aws:iam::aws:policy/ReadOnlyAccess' })
    expect(p.attributes.isAwsManaged).toBe(true)
  })
})

describe('parseIamPolicy', () => {
  const doc = { Version: '2012-10-17', Statement: { Effect: 'Allow', Action: 's3:*', Resource: '*' } }
  const cases: { name: string; text: string | null; expected: unknown }[] = [
    { name: 'plain JSON', text: JSON.stringify(doc), expected: doc },
    { name: 'URL-encoded JSON', text: encodeURIComponent(JSON.stringify(doc)), expected: doc },
    { name: 'URL-encoded with a leading newline', text: encodeURIComponent(`\n${JSON.stringify(doc)}`), expected: doc },
    { name: 'absent', text: null, expected: null },
  ]
  it.each(cases)('$name', ({ text, expected }) => {
    expect(parseIamPolicy(text)).toEqual(expected)
  })
  it.each(['{"Version":"2012-10-17"}', 'null', '%7Bbroken'])('rejects %s', (text) => {
    expect(() => parseIamPolicy(text)).toThrow()
  })
})

describe('isAwsManagedPolicyArn', () => {
  it.each([
    { arn: 'arn:aws:iam::aws:policy/AdministratorAccess', expected: true },
    { arn: 'arn:aws-cn:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole', expected: true },
    { arn: 'arn:aws:iam::111122223333:policy/aws-lookalike', expected: false },
  ])('$arn → $expected', ({ arn, expected }) => {
    expect(isAwsManagedPolicyArn(arn)).toBe(expected)
  })
})
