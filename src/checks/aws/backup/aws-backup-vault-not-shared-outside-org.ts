import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type BackupVaultAttributes } from '../../../normalize/aws/types.js'
import { crossAccountPolicyVerdict } from '../../_shared/cross-account.js'

/** Backup vault access policy does not grant accounts outside the organization (organization members and accounts declared trusted are fine). */
export default defineCheck<BackupVaultAttributes>({
  id: 'aws-backup-vault-not-shared-outside-org',
  title: 'Backup vault access policy does not grant accounts outside the organization',
  resourceType: AWS.backupVault,
  severity: 'high',
  categories: ['data-exposure'],
  rationale:
    'A backup vault policy naming another account lets its principals act on your recovery points: copy them out (a full copy of the data) or, with delete actions, remove the backups you rely on after ransomware.',
  remediation: {
    steps: [
      'Remove statements granting principals of accounts outside your organization from the vault access policy.',
      'For deliberate partner access, list the account under trustedAccounts in the Posture configuration so it is reviewed once, not on every scan.',
    ],
    cli: 'aws backup put-backup-vault-access-policy --backup-vault-name <vault> --policy file://policy.json',
    terraform: 'aws_backup_vault_policy: policy = a document whose AWS principals are accounts of your organization.',
    references: [
      'https://docs.aws.amazon.com/aws-backup/latest/devguide/create-a-vault-access-policy.html',
      'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_introduction.html',
    ],
  },
  evaluate: (r, result, ctx) => crossAccountPolicyVerdict(r, `backup vault ${r.attributes.vaultName}`, result, ctx),
})
