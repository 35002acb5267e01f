import check from './aws-backup-vault-policy-not-public.js'
import { describePublicPolicyCheck } from '../../_shared/resource-policy-testing.js'
import { vaultFixture } from './management-fixtures.js'

describePublicPolicyCheck(check, {
  resource: 'arn:aws:backup:us-east-1:111122223333:backup-vault:prod-vault',
  action: 'backup:CopyIntoBackupVault',
  fixture: (policy) => vaultFixture({ policy }),
})
