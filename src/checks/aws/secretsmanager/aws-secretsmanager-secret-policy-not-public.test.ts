import check from './aws-secretsmanager-secret-policy-not-public.js'
import { describePublicPolicyCheck } from '../../_shared/resource-policy-testing.js'
import { secretFixture } from '../backup/management-fixtures.js'

describePublicPolicyCheck(check, {
  resource: '*',
  action: 'secretsmanager:GetSecretValue',
  fixture: (policy) => secretFixture({ policy }),
})
