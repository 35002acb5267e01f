import {
  KMSClient,
  paginateListKeys,
  DescribeKeyCommand,
  GetKeyRotationStatusCommand,
  GetKeyPolicyCommand,
  type KeyMetadata,
} from '@aws-sdk/client-kms'
import { mapLimit } from '../limiter.js'
import type { CallResult } from '../collector.js'
import type { AwsCollector } from './module.js'

/** Raw KMS data for one region: per key, its metadata, rotation status and policy (each may have failed). */
export interface KmsRaw {
  keys: { metadata: KeyMetadata; rotation: CallResult<boolean | null>; policy: CallResult<string | null> }[]
}

const TYPES = ['aws.kms.key']

/** KMS keys with rotation status and key policy. */
export const kmsCollector: AwsCollector<KmsRaw> = {
  service: 'kms',
  scope: 'regional',
  produces: TYPES,
  async collect(ctx, session) {
    const kms = session.client(KMSClient, ctx.region)
    const list = await ctx.paginate(
      'ListKeys',
      () => paginateListKeys({ client: kms }, {}),
      (p) => p.Keys,
      { affects: TYPES },
    )
    if (!list.ok) return { keys: [] }
    const keys = await mapLimit(list.value, 8, async (k) => {
      const desc = await ctx.call('DescribeKey', (abortSignal) => kms.send(new DescribeKeyCommand({ KeyId: k.KeyId }), { abortSignal }), {
        affects: TYPES,
      })
      const metadata = desc.ok ? desc.value?.KeyMetadata : undefined
      if (!metadata) return undefined
      const isCustomerSymmetric = metadata.KeyManager === 'CUSTOMER' && metadata.KeySpec === 'SYMMETRIC_DEFAULT'
      const rotation: CallResult<boolean | null> = isCustomerSymmetric
        ? await ctx.call(
            'GetKeyRotationStatus',
            async (abortSignal) => (await kms.send(new GetKeyRotationStatusCommand({ KeyId: k.KeyId }), { abortSignal })).KeyRotationEnabled ?? false,
            { resource: metadata.Arn },
          )
        : { ok: true, value: null }
      const policy = await ctx.call(
        'GetKeyPolicy',
        async (abortSignal) => (await kms.send(new GetKeyPolicyCommand({ KeyId: k.KeyId, PolicyName: 'default' }), { abortSignal })).Policy ?? null,
        { resource: metadata.Arn },
      )
      return { metadata, rotation, policy }
    })
    return { keys: keys.filter((k): k is NonNullable<typeof k> => k !== undefined) }
  },
}
