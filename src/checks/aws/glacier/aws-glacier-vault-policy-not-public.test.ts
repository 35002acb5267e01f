import check from './aws-glacier-vault-policy-not-public.js'
import { describePublicPolicyCheck } from '../../_shared/resource-policy-testing.js'
import { glacierVaultFixture } from '../backup/management-fixtures.js'

describePublicPolicyCheck(check, {
  resource: 'arn:aws:glacier:us-east-1:111122223333:vaults/archive',
  action: 'glacier:InitiateJob',
  fixture: (policy) => glacierVaultFixture({ policy }),
})
