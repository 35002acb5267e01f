import check from './aws-ecr-repository-not-shared-outside-org.js'
import { repo } from './repository-fixtures.js'
import { describeCrossAccountPolicyCheck } from '../../_shared/cross-account-testing.js'

describeCrossAccountPolicyCheck(check, {
  resource: 'arn:aws:ecr:us-east-1:111122223333:repository/team/api',
  action: 'ecr:BatchGetImage',
  fixture: (policy) => repo({ policy }),
})
