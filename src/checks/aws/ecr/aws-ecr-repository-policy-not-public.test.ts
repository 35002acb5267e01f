import check from './aws-ecr-repository-policy-not-public.js'
import { describePublicPolicyCheck } from '../../_shared/resource-policy-testing.js'
import { repo } from './repository-fixtures.js'

describePublicPolicyCheck(check, {
  resource: 'arn:aws:ecr:us-east-1:111122223333:repository/team/api',
  action: 'ecr:BatchGetImage',
  fixture: (policy) => repo({ policy }),
})
