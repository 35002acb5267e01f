import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type GlacierVaultAttributes } from '../../../normalize/aws/types.js'

/** Glacier vaults should have a completed Vault Lock policy, so archives cannot be deleted before their retention ends. */
export default defineCheck<GlacierVaultAttributes>({
  id: 'aws-glacier-vault-lock-enabled',
  title: 'S3 Glacier vault has a completed (locked) Vault Lock policy',
  resourceType: AWS.glacierVault,
  severity: 'medium',
  categories: ['resilience'],
  rationale:
    'Archives in Glacier are usually the last copy of records that must be kept. A locked Vault Lock policy (for example denying ' +
    'DeleteArchive for archives younger than the retention period) cannot be changed by anyone, so an intruder or a mistake cannot erase them.',
  remediation: {
    steps: [
      'Initiate a Vault Lock with a policy that denies glacier:DeleteArchive before the required retention (ArchiveAgeInDays).',
      'Test it, then complete the lock within 24 hours with the lock id; an in-progress lock expires otherwise.',
    ],
    cli: 'aws glacier initiate-vault-lock --account-id - --vault-name <vault> --policy file://lock-policy.json',
    terraform: 'aws_glacier_vault_lock: vault_name, policy, complete_lock = true.',
    references: ['https://docs.aws.amazon.com/amazonglacier/latest/dev/vault-lock.html'],
  },
  evaluate(vault, result) {
    const { vaultName } = vault.attributes
    const state = known(vault.attributes.lockState, `Vault Lock of Glacier vault ${vaultName}`)
    if (state === 'Locked') return result.pass(`Glacier vault ${vaultName} has a locked Vault Lock policy.`)
    return state === null
      ? result.fail(`Glacier vault ${vaultName} has no Vault Lock policy.`)
      : result.fail(`Glacier vault ${vaultName} has a Vault Lock in state ${state}, not completed (it expires 24 hours after initiation).`)
  },
})
