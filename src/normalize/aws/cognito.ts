import type { Resource } from '../../core/resource.js'
import { unknown, type Maybe } from '../../core/unknown.js'
import type { CallResult } from '../../collect/collector.js'
import type { CognitoRaw } from '../../collect/aws/cognito.js'
import { partitionOf } from '../../collect/aws/ec2-arn.js'
import { AWS, type CognitoIdentityPoolAttributes, type CognitoUserPoolAttributes } from './types.js'
import { awsResource, type NormalizeScope } from './helpers.js'

/** Reads a field of a Describe result: the picked value, or Unknown carrying the failure. */
function reader<D>(r: CallResult<D | null>, api: string): <T>(pick: (d: D) => T) => Maybe<T> {
  return <T>(pick: (d: D) => T): Maybe<T> => (r.ok && r.value ? pick(r.value) : unknown(`${api}: ${r.ok ? 'empty response' : r.reason}`))
}

/** User pools → aws.cognito.user-pool (uid = pool ARN, built from the id when DescribeUserPool failed). */
function userPools(raw: CognitoRaw, scope: NormalizeScope): Resource<CognitoUserPoolAttributes>[] {
  return raw.userPools.map(({ summary, detail }) => {
    const id = summary.Id ?? ''
    const d = detail.ok ? detail.value : null
    const read = reader(detail, 'cognito-idp:DescribeUserPool')
    const name = summary.Name ?? d?.Name ?? id
    return awsResource<CognitoUserPoolAttributes>({
      uid: d?.Arn ?? `arn:${partitionOf(scope.region)}:cognito-idp:${scope.region}:${scope.account}:userpool/${id}`,
      type: AWS.cognitoUserPool,
      account: scope.account,
      region: scope.region,
      name,
      tags: { ...(d?.UserPoolTags ?? {}) },
      attributes: {
        userPoolId: id,
        userPoolName: name,
        mfaConfiguration: read((x) => x.MfaConfiguration ?? 'OFF'),
        advancedSecurityMode: read((x) => x.UserPoolAddOns?.AdvancedSecurityMode ?? null),
        passwordPolicy: read((x) => {
          const p = x.Policies?.PasswordPolicy
          if (!p) return null
          return {
            // Cognito's default minimum is 8 characters when the field is omitted.
            minimumLength: p.MinimumLength ?? 8,
            requireUppercase: p.RequireUppercase === true,
            requireLowercase: p.RequireLowercase === true,
            requireNumbers: p.RequireNumbers === true,
            requireSymbols: p.RequireSymbols === true,
            passwordHistorySize: p.PasswordHistorySize ?? null,
            temporaryPasswordValidityDays: p.TemporaryPasswordValidityDays ?? null,
          }
        }),
        deletionProtection: read((x) => x.DeletionProtection === 'ACTIVE'),
        tier: read((x) => x.UserPoolTier ?? null),
      },
    })
  })
}

/** Identity pools → aws.cognito.identity-pool (uid `arn:<partition>:cognito-identity:<region>:<account>:identitypool/<id>`). */
function identityPools(raw: CognitoRaw, scope: NormalizeScope): Resource<CognitoIdentityPoolAttributes>[] {
  return raw.identityPools.map(({ summary, detail }) => {
    const id = summary.IdentityPoolId ?? ''
    const d = detail.ok ? detail.value : null
    const read = reader(detail, 'cognito-identity:DescribeIdentityPool')
    const name = summary.IdentityPoolName ?? d?.IdentityPoolName ?? id
    return awsResource<CognitoIdentityPoolAttributes>({
      uid: `arn:${partitionOf(scope.region)}:cognito-identity:${scope.region}:${scope.account}:identitypool/${id}`,
      type: AWS.cognitoIdentityPool,
      account: scope.account,
      region: scope.region,
      name,
      tags: { ...(d?.IdentityPoolTags ?? {}) },
      attributes: {
        identityPoolId: id,
        identityPoolName: name,
        allowUnauthenticatedIdentities: read((x) => x.AllowUnauthenticatedIdentities === true),
        allowClassicFlow: read((x) => x.AllowClassicFlow === true),
      },
    })
  })
}

/** Cognito raw data → user pools and identity pools; a failed Describe leaves that pool's settings Unknown. */
export function normalizeCognito(raw: CognitoRaw, scope: NormalizeScope): Resource[] {
  return [...userPools(raw, scope), ...identityPools(raw, scope)]
}
