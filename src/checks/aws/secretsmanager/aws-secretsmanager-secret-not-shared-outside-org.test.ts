import check from './aws-secretsmanager-secret-not-shared-outside-org.js'
import { secretFixture } from '../backup/management-fixtures.js'
import { describeCrossAccountPolicyCheck } from '../../_shared/cross-account-testing.js'

describeCrossAccountPolicyCheck(check, {
  resource: '*',
  action: 'secretsmanager:GetSecretValue',
  fixture: (policy) => secretFixture({ policy }),
})
