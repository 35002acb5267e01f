import check from './aws-glacier-vault-not-shared-outside-org.js'
import { glacierVaultFixture } from '../backup/management-fixtures.js'
import { describeCrossAccountPolicyCheck } from '../../_shared/cross-account-testing.js'

describeCrossAccountPolicyCheck(check, {
  resource: 'arn:aws:glacier:us-east-1:111122223333:vaults/archive',
  action: 'glacier:InitiateJob',
  fixture: (policy) => glacierVaultFixture({ policy }),
})
