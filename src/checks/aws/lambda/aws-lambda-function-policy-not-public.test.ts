import check from './aws-lambda-function-policy-not-public.js'
import { describePublicPolicyCheck } from '../../_shared/resource-policy-testing.js'
import { lambdaFn } from './function-fixtures.js'

describePublicPolicyCheck(check, {
  resource: 'arn:aws:lambda:us-east-1:111122223333:function:billing-api',
  action: 'lambda:InvokeFunction',
  fixture: (policy) => lambdaFn({ policy }),
})
