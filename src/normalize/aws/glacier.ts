import type { Resource } from '../../core/resource.js'
import type { GlacierRaw } from '../../collect/aws/glacier.js'
import { partitionOf } from '../../collect/aws/ec2-arn.js'
import { AWS, type GlacierVaultAttributes } from './types.js'
import { awsResource, maybe, maybePolicy, type NormalizeScope } from './helpers.js'

/** Glacier vaults → aws.glacier.vault; failed per-vault calls leave policy or lock state Unknown. */
export function normalizeGlacier(raw: GlacierRaw, scope: NormalizeScope): Resource<GlacierVaultAttributes>[] {
  return raw.vaults.map(({ vault, policy, lockState }) => {
    const name = vault.VaultName ?? 'vault'
    return awsResource<GlacierVaultAttributes>({
      uid: vault.VaultARN ?? `arn:${partitionOf(scope.region)}:glacier:${scope.region}:${scope.account}:vaults/${name}`,
      type: AWS.glacierVault,
      account: scope.account,
      region: scope.region,
      name,
      attributes: {
        vaultName: name,
        policy: maybePolicy(policy, 'glacier:GetVaultAccessPolicy'),
        lockState: maybe(lockState, 'glacier:GetVaultLock'),
      },
    })
  })
}
