import { SecretsManagerClient, paginateListSecrets, GetResourcePolicyCommand, type SecretListEntry } from '@aws-sdk/client-secrets-manager'
import { mapLimit } from '../limiter.js'
import type { CallResult } from '../collector.js'
import type { AwsCollector } from './module.js'

export type { SecretListEntry }

/** Raw Secrets Manager data for one region: each secret's metadata (never its value) with its resource policy. */
export interface SecretsmanagerRaw {
  secrets: { secret: SecretListEntry; policy: CallResult<string | null> }[]
}

const TYPES = ['aws.secretsmanager.secret']

/** Secrets Manager secrets (rotation, KMS key, last access) and their resource policies. */
export const secretsmanagerCollector: AwsCollector<SecretsmanagerRaw> = {
  service: 'secretsmanager',
  scope: 'regional',
  produces: TYPES,
  async collect(ctx, session) {
    const sm = session.client(SecretsManagerClient, ctx.region)
    const list = await ctx.paginate(
      'ListSecrets',
      // IncludePlannedDeletion: secrets scheduled for deletion still exist (and can be restored) until the window ends.
      () => paginateListSecrets({ client: sm }, { IncludePlannedDeletion: true, MaxResults: 100 }),
      (p) => p.SecretList,
      { affects: TYPES },
    )
    if (!list.ok) return { secrets: [] }
    const secrets = await mapLimit(list.value, 8, async (secret) => ({
      secret,
      // GetResourcePolicy answers without ResourcePolicy when none is attached; ResourceNotFoundException means the same.
      policy: await ctx.call(
        'GetResourcePolicy',
        async (abortSignal) => (await sm.send(new GetResourcePolicyCommand({ SecretId: secret.ARN }), { abortSignal })).ResourcePolicy ?? null,
        { resource: secret.ARN ?? secret.Name, absentOn: ['ResourceNotFoundException'] },
      ),
    }))
    return { secrets }
  },
}
