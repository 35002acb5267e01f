import check from './aws-backup-vault-not-shared-outside-org.js'
import { vaultFixture } from './management-fixtures.js'
import { describeCrossAccountPolicyCheck } from '../../_shared/cross-account-testing.js'

describeCrossAccountPolicyCheck(check, {
  resource: 'arn:aws:backup:us-east-1:111122223333:backup-vault:prod-vault',
  action: 'backup:CopyIntoBackupVault',
  fixture: (policy) => vaultFixture({ policy }),
})
