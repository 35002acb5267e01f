import check from './aws-lambda-function-not-shared-outside-org.js'
import { lambdaFn } from './function-fixtures.js'
import { describeCrossAccountPolicyCheck } from '../../_shared/cross-account-testing.js'

describeCrossAccountPolicyCheck(check, {
  resource: 'arn:aws:lambda:us-east-1:111122223333:function:billing-api',
  action: 'lambda:InvokeFunction',
  fixture: (policy) => lambdaFn({ policy }),
})
