/**
 * S3 Glacier vaults from code: Terraform `aws_glacier_vault` (+ `aws_glacier_vault_lock`). CloudFormation has no
 * Glacier resource type. A lock with `complete_lock = true` is completed (state Locked); `false` only initiates it
 * (InProgress, which expires after 24 hours unless completed):
 * https://docs.aws.amazon.com/amazonglacier/latest/dev/vault-lock.html
 */
import { isUnknown } from '../../core/unknown.js'
import { AWS, type GlacierVaultAttributes } from '../../normalize/aws/types.js'
import { partsAdapter, type AdaptContext, type AdaptedResource, type Adapter, type IacResource } from '../model.js'
import { byName, literalName, partsFor, unattributed } from './storage-common.js'
import { bool, policyOf, tfTags } from './values.js'

function tfVault(r: IacResource, ctx: AdaptContext): AdaptedResource<GlacierVaultAttributes>[] {
  const v = r.values
  const { name, ids } = literalName(v, 'name', r)
  const lock = partsFor(ctx, 'aws_glacier_vault_lock', 'vault_name', r, byName(ids))[0]
  let lockState: GlacierVaultAttributes['lockState'] = unattributed(ctx, 'aws_glacier_vault_lock', 'vault_name') ?? null
  if (lock) {
    const complete = bool(lock.values.complete_lock, null)
    lockState = isUnknown(complete) ? complete : complete === true ? 'Locked' : 'InProgress'
  }
  return [{ type: AWS.glacierVault, name, tags: tfTags(v), attributes: { vaultName: name, policy: policyOf(v.access_policy), lockState } }]
}

/** Glacier adapters (Terraform only). */
export const glacierAdapters: Adapter[] = [
  { language: 'terraform', types: ['aws_glacier_vault'], produces: [AWS.glacierVault], adapt: tfVault },
  // Read as part of its vault.
  partsAdapter('terraform', ['aws_glacier_vault_lock']),
]
