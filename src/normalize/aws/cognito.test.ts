import { describe, expect, it } from 'vitest'
import { isUnknown } from '../../core/unknown.js'
import type { CognitoRaw } from '../../collect/aws/cognito.js'
import { normalizeCognito } from './cognito.js'
import { AWS, type CognitoIdentityPoolAttributes, type CognitoUserPoolAttributes } from './types.js'

const ACCOUNT = '111122223333'
const scope = { account: ACCOUNT, region: 'us-east-1', regions: ['us-east-1'] }
const POOL_ID = 'us-east-1_AbCdEf123'
const POOL_ARN = `arn:aws:cognito-idp:us-east-1:${ACCOUNT}:userpool/${POOL_ID}`
const IDENTITY_POOL_ID = 'us-east-1:11111111-2222-3333-4444-555555555555'
const denied = { ok: false as const, reason: 'AccessDeniedException', code: 'AccessDeniedException' }

const raw = (): CognitoRaw => ({
  userPools: [
    {
      summary: { Id: POOL_ID, Name: 'customers', CreationDate: new Date() },
      detail: {
        ok: true,
        value: {
          Id: POOL_ID,
          Name: 'customers',
          Arn: POOL_ARN,
          Policies: {
            PasswordPolicy: {
              MinimumLength: 8,
              RequireUppercase: true,
              RequireLowercase: true,
              RequireNumbers: true,
              RequireSymbols: false,
              TemporaryPasswordValidityDays: 7,
            },
          },
          DeletionProtection: 'INACTIVE',
          MfaConfiguration: 'OPTIONAL',
          UserPoolAddOns: { AdvancedSecurityMode: 'AUDIT' },
          UserPoolTier: 'PLUS',
          UserPoolTags: { team: 'identity' },
        },
      },
    },
  ],
  identityPools: [
    {
      summary: { IdentityPoolId: IDENTITY_POOL_ID, IdentityPoolName: 'mobile' },
      detail: {
        ok: true,
        value: { IdentityPoolId: IDENTITY_POOL_ID, IdentityPoolName: 'mobile', AllowUnauthenticatedIdentities: true, AllowClassicFlow: false },
      },
    },
  ],
})

describe('normalizeCognito', () => {
  it('a user pool with its security settings', () => {
    const pool = normalizeCognito(raw(), scope).find((r) => r.type === AWS.cognitoUserPool)!
    expect(pool).toMatchObject({ uid: POOL_ARN, name: 'customers', tags: { team: 'identity' } })
    expect(pool.attributes).toEqual({
      userPoolId: POOL_ID,
      userPoolName: 'customers',
      mfaConfiguration: 'OPTIONAL',
      advancedSecurityMode: 'AUDIT',
      passwordPolicy: {
        minimumLength: 8,
        requireUppercase: true,
        requireLowercase: true,
        requireNumbers: true,
        requireSymbols: false,
        passwordHistorySize: null,
        temporaryPasswordValidityDays: 7,
      },
      deletionProtection: false,
      tier: 'PLUS',
    })
  })

  it('an identity pool: uid built from the id, flags read', () => {
    const pool = normalizeCognito(raw(), scope).find((r) => r.type === AWS.cognitoIdentityPool)!
    expect(pool.uid).toBe(`arn:aws:cognito-identity:us-east-1:${ACCOUNT}:identitypool/${IDENTITY_POOL_ID}`)
    expect(pool.attributes).toMatchObject({ identityPoolName: 'mobile', allowUnauthenticatedIdentities: true, allowClassicFlow: false })
  })

  it('failed Describe calls: uids from the ids, settings Unknown', () => {
    const r = raw()
    r.userPools[0]!.detail = denied
    r.identityPools[0]!.detail = denied
    const [user, identity] = normalizeCognito(r, scope)
    expect(user!.uid).toBe(POOL_ARN)
    const u = user!.attributes as CognitoUserPoolAttributes
    expect(isUnknown(u.mfaConfiguration)).toBe(true)
    expect(isUnknown(u.passwordPolicy)).toBe(true)
    expect(isUnknown(u.deletionProtection)).toBe(true)
    expect(isUnknown((identity!.attributes as CognitoIdentityPoolAttributes).allowUnauthenticatedIdentities)).toBe(true)
  })
})
