import { describe, expect, it } from 'vitest'
import { Inventory } from '../../core/inventory.js'
import type { Resource } from '../../core/resource.js'
import { NotCollectedError, unknown, isUnknown } from '../../core/unknown.js'
import type { AclGrant, PolicyStatement } from '../../normalize/aws/types.js'
import {
  accountPublicAccessBlock,
  ACL_READ_PERMISSIONS,
  ACL_WRITE_PERMISSIONS,
  describeFlag,
  describeGrant,
  effectiveFlag,
  flagName,
  isTlsOnlyStatement,
  PAB_FLAGS,
  publicGrants,
  publicGroupOf,
  publicStatementLabels,
  S3_READ_ACTIONS,
  S3_WRITE_ACTIONS,
} from './s3-access.js'
import { accountBlockFixture, BLOCK_ALL, BLOCK_NONE, bucketFixture, groupGrant, OWNER_GRANT, policyOf } from './s3-fixtures.js'

describe('publicGroupOf / publicGrants / describeGrant', () => {
  const email: AclGrant = { granteeType: 'AmazonCustomerByEmail', grantee: 'ops@example.com', permission: 'READ' }
  const logDelivery: AclGrant = { granteeType: 'Group', grantee: 'http://acs.amazonaws.com/groups/s3/LogDelivery', permission: 'WRITE' }
  it.each([
    { grant: groupGrant('READ'), expected: 'AllUsers' },
    { grant: groupGrant('READ', true), expected: 'AuthenticatedUsers' },
    { grant: { ...groupGrant('READ'), grantee: 'https://acs.amazonaws.com/groups/global/AllUsers' }, expected: 'AllUsers' },
    { grant: logDelivery, expected: null },
    { grant: OWNER_GRANT, expected: null },
    { grant: email, expected: null },
  ])('$grant.grantee → $expected', ({ grant, expected }) => expect(publicGroupOf(grant)).toBe(expected))

  it.each([
    {
      name: 'read permissions',
      permissions: ACL_READ_PERMISSIONS,
      expected: ['READ to AllUsers', 'READ_ACP to AuthenticatedUsers', 'FULL_CONTROL to AllUsers'],
    },
    { name: 'write permissions', permissions: ACL_WRITE_PERMISSIONS, expected: ['WRITE to AllUsers', 'FULL_CONTROL to AllUsers'] },
  ])('$name', ({ permissions, expected }) => {
    const grants = [
      OWNER_GRANT,
      groupGrant('READ'),
      groupGrant('READ_ACP', true),
      groupGrant('WRITE'),
      groupGrant('FULL_CONTROL'),
      logDelivery,
      email,
    ]
    expect(publicGrants(grants, permissions).map(describeGrant)).toEqual(expected)
  })
})

describe('accountPublicAccessBlock', () => {
  const gap = {
    provider: 'aws' as const,
    account: '111122223333',
    service: 's3control',
    region: 'global',
    api: 'GetPublicAccessBlock',
    reason: 'AccessDenied',
    resourceTypes: ['aws.s3.account-public-access-block'],
  }
  it.each([
    { name: 'configured', inv: new Inventory([accountBlockFixture(BLOCK_ALL) as Resource]), expected: BLOCK_ALL },
    { name: 'not configured', inv: new Inventory([accountBlockFixture(null) as Resource]), expected: null },
  ])('$name', ({ inv, expected }) => expect(accountPublicAccessBlock(inv, '111122223333')).toEqual(expected))

  it.each([
    { name: 'missing from the inventory', inv: new Inventory([]), reason: 'not in the inventory' },
    { name: 'collection gap', inv: new Inventory([], [gap]), reason: 'AccessDenied' },
    { name: 'attribute not collected', inv: new Inventory([accountBlockFixture(unknown('x: Throttling')) as Resource]), reason: 'Throttling' },
    {
      name: 'other account only',
      inv: new Inventory([{ ...accountBlockFixture(BLOCK_ALL), account: '999988887777' }]),
      reason: 'not in the inventory',
    },
  ])('$name → Unknown', ({ inv, reason }) => {
    const v = accountPublicAccessBlock(inv, '111122223333')
    expect(isUnknown(v) && v.$unknown).toContain(reason)
  })
})

describe('effectiveFlag', () => {
  const denied = unknown('GetPublicAccessBlock: AccessDenied')
  const inv = (config?: Parameters<typeof accountBlockFixture>[0]) => new Inventory(config === undefined ? [] : [accountBlockFixture(config)])
  it.each([
    { name: 'bucket on', bucket: BLOCK_ALL, account: undefined, expected: { enabled: true, via: 'bucket' } },
    { name: 'bucket wins when both on', bucket: BLOCK_ALL, account: BLOCK_ALL, expected: { enabled: true, via: 'bucket' } },
    { name: 'account on', bucket: null, account: BLOCK_ALL, expected: { enabled: true, via: 'account' } },
    { name: 'bucket unknown, account on', bucket: denied, account: BLOCK_ALL, expected: { enabled: true, via: 'account' } },
    { name: 'both off', bucket: BLOCK_NONE, account: null, expected: { enabled: false, via: null } },
  ])('$name', ({ bucket, account, expected }) => {
    expect(effectiveFlag(bucketFixture({ publicAccessBlock: bucket }), inv(account), 'ignorePublicAcls')).toEqual(expected)
  })

  it.each([
    { name: 'bucket unknown, account off', bucket: denied, account: BLOCK_NONE },
    { name: 'bucket off, account unknown', bucket: null, account: denied },
    { name: 'bucket off, account missing', bucket: BLOCK_NONE, account: undefined },
  ])('$name → throws NotCollectedError', ({ bucket, account }) => {
    expect(() => effectiveFlag(bucketFixture({ publicAccessBlock: bucket }), inv(account), 'restrictPublicBuckets')).toThrow(NotCollectedError)
  })
})

describe('flag names', () => {
  it('uses the API spelling', () => {
    expect(PAB_FLAGS.map(flagName)).toEqual(['BlockPublicAcls', 'IgnorePublicAcls', 'BlockPublicPolicy', 'RestrictPublicBuckets'])
    expect(describeFlag('ignorePublicAcls', 'account')).toBe('IgnorePublicAcls (set at account level)')
  })
})

describe('publicStatementLabels', () => {
  const doc = policyOf(
    { Sid: 'Internal', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:role/app' }, Action: 's3:*', Resource: '*' },
    { Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' },
    { Sid: 'Upload', Effect: 'Allow', Principal: { AWS: '*' }, Action: ['s3:PutObject', 's3:PutObjectAcl'], Resource: 'arn:aws:s3:::b/*' },
    { Sid: 'Everything', Effect: 'Allow', Principal: '*', Action: 's3:*', Resource: '*' },
  )
  it.each([
    { name: 'read', actions: S3_READ_ACTIONS, expected: ['statement #2', 'statement "Everything"'] },
    { name: 'write', actions: S3_WRITE_ACTIONS, expected: ['statement "Upload"', 'statement "Everything"'] },
  ])('$name', ({ actions, expected }) => expect(publicStatementLabels(doc, actions)).toEqual(expected))
})

describe('isTlsOnlyStatement', () => {
  const base: PolicyStatement = { Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: ['arn:aws:s3:::b', 'arn:aws:s3:::b/*'] }
  it.each([
    { name: 'Bool "false"', stmt: { ...base, Condition: { Bool: { 'aws:SecureTransport': 'false' } } }, expected: true },
    { name: 'Bool false (boolean) in a list', stmt: { ...base, Condition: { Bool: { 'aws:SecureTransport': ['false'] } } }, expected: true },
    { name: 'keys in other case', stmt: { ...base, Condition: { bool: { 'AWS:securetransport': 'FALSE' } } }, expected: true },
    {
      name: 'NumericLessThan s3:TlsVersion (missing key on HTTP: no deny)',
      stmt: { ...base, Condition: { NumericLessThan: { 's3:TlsVersion': '1.2' } } },
      expected: false,
    },
    {
      name: 'NumericLessThanIfExists s3:TlsVersion',
      stmt: { ...base, Condition: { NumericLessThanIfExists: { 's3:TlsVersion': '1.2' } } },
      expected: true,
    },
    {
      name: 'Action * with AWS: *',
      stmt: { ...base, Principal: { AWS: '*' }, Action: ['*'], Condition: { Bool: { 'aws:SecureTransport': false } } },
      expected: true,
    },
    {
      name: 'Allow instead of Deny',
      stmt: { ...base, Effect: 'Allow' as const, Condition: { Bool: { 'aws:SecureTransport': 'false' } } },
      expected: false,
    },
    { name: 'SecureTransport true', stmt: { ...base, Condition: { Bool: { 'aws:SecureTransport': 'true' } } }, expected: false },
    { name: 'no condition', stmt: base, expected: false },
    { name: 'narrow action', stmt: { ...base, Action: 's3:PutObject', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }, expected: false },
    {
      name: 'NotPrincipal exempts someone',
      stmt: { ...base, Principal: undefined, NotPrincipal: { AWS: 'arn:aws:iam::1:root' }, Condition: { Bool: { 'aws:SecureTransport': 'false' } } },
      expected: false,
    },
  ])('$name → $expected', ({ stmt, expected }) => expect(isTlsOnlyStatement(stmt)).toBe(expected))
})
