import { GetPolicyCommand, GetPolicyVersionCommand, paginateListPolicies, type IAMClient, type Policy } from '@aws-sdk/client-iam'
import { mapLimit } from '../limiter.js'
import type { CallResult, CollectContext } from '../collector.js'
import { PRINCIPAL_CONCURRENCY } from './iam-principals.js'

/** A managed policy with its default version's document (URL-encoded JSON). */
export interface IamPolicyRaw {
  policy: Policy
  document: CallResult<string | null>
}

const POLICY_TYPES = ['aws.iam.policy']

/** Fetches the default version's document of a listed policy. */
async function withDocument(ctx: CollectContext, iam: IAMClient, policy: Policy): Promise<IamPolicyRaw> {
  const document = await ctx.call(
    'GetPolicyVersion',
    async (abortSignal) =>
      (await iam.send(new GetPolicyVersionCommand({ PolicyArn: policy.Arn, VersionId: policy.DefaultVersionId }), { abortSignal })).PolicyVersion
        ?.Document ?? null,
    { resource: policy.Arn ?? policy.PolicyName ?? '' },
  )
  return { policy, document }
}

/**
 * Customer-managed policies (Scope=Local) and the AWS-managed ones attached to something (Scope=AWS,
 * OnlyAttached=true): the thousand-odd unattached AWS policies grant nothing to anyone in the account.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListPolicies.html
 */
export async function collectPolicies(ctx: CollectContext, iam: IAMClient): Promise<IamPolicyRaw[]> {
  const [local, aws] = await Promise.all(
    (['Local', 'AWS'] as const).map((Scope) =>
      ctx.paginate(
        `ListPolicies(Scope=${Scope})`,
        (s) => paginateListPolicies({ client: iam }, { Scope, OnlyAttached: Scope === 'AWS' }, { abortSignal: s }),
        (p) => p.Policies,
        {
          affects: POLICY_TYPES,
        },
      ),
    ),
  )
  const listed = [...(local?.ok ? local.value : []), ...(aws?.ok ? aws.value : [])]
  return mapLimit(listed, PRINCIPAL_CONCURRENCY, (p) => withDocument(ctx, iam, p))
}

/**
 * Fetches policies that principals name but the listings did not return. On real AWS that happens only when a
 * listing failed; emulators may not load AWS-managed policies at all. A policy GetPolicy cannot find is
 * recorded as a collection error on that policy ARN (by ctx.call) and left out, never a crash.
 */
export async function collectMissingPolicies(
  ctx: CollectContext,
  iam: IAMClient,
  referenced: Iterable<string>,
  listed: readonly IamPolicyRaw[],
): Promise<IamPolicyRaw[]> {
  const known = new Set(listed.map((p) => p.policy.Arn))
  const missing = [...new Set(referenced)].filter((arn) => !known.has(arn))
  const found = await mapLimit(missing, PRINCIPAL_CONCURRENCY, async (arn) => {
    const got = await ctx.call(
      'GetPolicy',
      async (abortSignal) => (await iam.send(new GetPolicyCommand({ PolicyArn: arn }), { abortSignal })).Policy ?? null,
      { resource: arn },
    )
    if (!got.ok) return undefined
    if (got.value) return withDocument(ctx, iam, got.value)
    ctx.recordError({ api: 'GetPolicy', reason: 'response held no policy', resourceTypes: [], resource: arn })
    return undefined
  })
  return found.filter((p): p is IamPolicyRaw => p !== undefined)
}
