import {
  CognitoIdentityProviderClient,
  paginateListUserPools,
  DescribeUserPoolCommand,
  type UserPoolDescriptionType,
  type UserPoolType,
} from '@aws-sdk/client-cognito-identity-provider'
import {
  CognitoIdentityClient,
  paginateListIdentityPools,
  DescribeIdentityPoolCommand,
  type IdentityPoolShortDescription,
  type DescribeIdentityPoolCommandOutput,
} from '@aws-sdk/client-cognito-identity'
import { mapLimit } from '../limiter.js'
import type { CallResult } from '../collector.js'
import type { AwsCollector } from './module.js'

export type { UserPoolType }
/** DescribeIdentityPool output without the SDK's response metadata. */
export type CognitoIdentityPoolDetail = Omit<DescribeIdentityPoolCommandOutput, '$metadata'>

/** Raw Cognito data for one region: user pools and identity pools, each with its Describe result. */
export interface CognitoRaw {
  userPools: { summary: UserPoolDescriptionType; detail: CallResult<UserPoolType | null> }[]
  identityPools: { summary: IdentityPoolShortDescription; detail: CallResult<CognitoIdentityPoolDetail | null> }[]
}

const USER_POOL = 'aws.cognito.user-pool'
const IDENTITY_POOL = 'aws.cognito.identity-pool'
const TYPES = [USER_POOL, IDENTITY_POOL]

/** Cognito user pools (MFA, threat protection, password policy, deletion protection) and identity pools (guest access, classic flow). */
export const cognitoCollector: AwsCollector<CognitoRaw> = {
  service: 'cognito',
  scope: 'regional',
  produces: TYPES,
  async collect(ctx, session) {
    const idp = session.client(CognitoIdentityProviderClient, ctx.region)
    const identity = session.client(CognitoIdentityClient, ctx.region)
    // Both list APIs require MaxResults, at most 60 (Cognito API references, ListUserPools and ListIdentityPools).
    const [userPoolList, identityPoolList] = await Promise.all([
      ctx.paginate(
        'ListUserPools',
        () => paginateListUserPools({ client: idp }, { MaxResults: 60 }),
        (p) => p.UserPools,
        {
          affects: [USER_POOL],
        },
      ),
      ctx.paginate(
        'ListIdentityPools',
        () => paginateListIdentityPools({ client: identity }, { MaxResults: 60 }),
        (p) => p.IdentityPools,
        {
          affects: [IDENTITY_POOL],
        },
      ),
    ])
    const userPools = await mapLimit(userPoolList.ok ? userPoolList.value : [], 8, async (summary) => ({
      summary,
      detail: await ctx.call(
        'DescribeUserPool',
        async (abortSignal) => (await idp.send(new DescribeUserPoolCommand({ UserPoolId: summary.Id }), { abortSignal })).UserPool ?? null,
        { resource: summary.Id },
      ),
    }))
    const identityPools = await mapLimit(identityPoolList.ok ? identityPoolList.value : [], 8, async (summary) => ({
      summary,
      detail: await ctx.call(
        'DescribeIdentityPool',
        async (abortSignal) => {
          const { $metadata, ...pool } = await identity.send(new DescribeIdentityPoolCommand({ IdentityPoolId: summary.IdentityPoolId }), {
            abortSignal,
          })
          void $metadata
          return pool
        },
        { resource: summary.IdentityPoolId },
      ),
    }))
    return { userPools, identityPools }
  },
}
