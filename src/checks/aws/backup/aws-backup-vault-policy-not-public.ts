import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type BackupVaultAttributes } from '../../../normalize/aws/types.js'
import { resourcePolicyVerdict } from '../../_shared/resource-policy.js'

/** Backup vault access policies must not grant access to every principal. */
export default defineCheck<BackupVaultAttributes>({
  id: 'aws-backup-vault-policy-not-public',
  title: 'AWS Backup vault access policy does not allow access to any principal',
  resourceType: AWS.backupVault,
  severity: 'critical',
  categories: ['data-exposure'],
  rationale:
    'A vault access policy statement that allows Principal "*" without a restricting condition lets any AWS account copy, restore from or ' +
    "delete recovery points: the copies of your databases and volumes, and your ability to recover, are then in anyone's hands.",
  remediation: {
    steps: [
      'Remove Principal "*" from Allow statements of the vault access policy, naming the accounts or roles that need access.',
      'Or limit the statement with a condition such as aws:PrincipalOrgID.',
    ],
    cli: 'aws backup put-backup-vault-access-policy --backup-vault-name <name> --policy file://restricted-policy.json',
    terraform: 'aws_backup_vault_policy: replace principals { type = "*" } with named principals or add a restricting condition.',
    references: ['https://docs.aws.amazon.com/aws-backup/latest/devguide/create-a-vault-access-policy.html'],
  },
  evaluate: (r, result, ctx) => resourcePolicyVerdict(r, `backup vault ${r.attributes.vaultName}`, result, ctx),
})
