import check from './aws-s3-bucket-policy-not-shared-outside-org.js'
import { bucketFixture } from '../../_shared/s3-fixtures.js'
import { describeCrossAccountPolicyCheck } from '../../_shared/cross-account-testing.js'

describeCrossAccountPolicyCheck(check, {
  resource: 'arn:aws:s3:::orders-archive/*',
  action: 's3:GetObject',
  fixture: (policy) => bucketFixture({ policy }, 'orders-archive'),
})
