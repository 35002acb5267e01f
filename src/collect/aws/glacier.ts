import {
  GlacierClient,
  paginateListVaults,
  GetVaultAccessPolicyCommand,
  GetVaultLockCommand,
  type DescribeVaultOutput,
} from '@aws-sdk/client-glacier'
import { mapLimit } from '../limiter.js'
import type { CallResult } from '../collector.js'
import type { AwsCollector } from './module.js'

export type { DescribeVaultOutput }

/** Raw Glacier data for one region: each vault with its access policy and Vault Lock state. */
export interface GlacierRaw {
  vaults: { vault: DescribeVaultOutput; policy: CallResult<string | null>; lockState: CallResult<string | null> }[]
}

const TYPES = ['aws.glacier.vault']

/** accountId '-' means "the account of the credentials" (Glacier API reference, common parameters). */
const SELF = '-'

/** S3 Glacier vaults with their vault access policies and Vault Lock policies. */
export const glacierCollector: AwsCollector<GlacierRaw> = {
  service: 'glacier',
  scope: 'regional',
  produces: TYPES,
  async collect(ctx, session) {
    const glacier = session.client(GlacierClient, ctx.region)
    const list = await ctx.paginate(
      'ListVaults',
      () => paginateListVaults({ client: glacier }, { accountId: SELF }),
      (p) => p.VaultList,
      { affects: TYPES },
    )
    if (!list.ok) return { vaults: [] }
    const vaults = await mapLimit(list.value, 8, async (vault) => {
      const resource = vault.VaultARN ?? vault.VaultName
      const [policy, lockState] = await Promise.all([
        // ResourceNotFoundException = no access policy (or no lock policy) on the vault.
        ctx.call(
          'GetVaultAccessPolicy',
          async (abortSignal) =>
            (await glacier.send(new GetVaultAccessPolicyCommand({ accountId: SELF, vaultName: vault.VaultName }), { abortSignal })).policy?.Policy ??
            null,
          { resource, absentOn: ['ResourceNotFoundException'] },
        ),
        ctx.call(
          'GetVaultLock',
          async (abortSignal) =>
            (await glacier.send(new GetVaultLockCommand({ accountId: SELF, vaultName: vault.VaultName }), { abortSignal })).State ?? null,
          { resource, absentOn: ['ResourceNotFoundException'] },
        ),
      ])
      return { vault, policy, lockState }
    })
    return { vaults }
  },
}
