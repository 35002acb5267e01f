import check from './aws-kms-key-not-shared-outside-org.js'
import { AWS, type KmsKeyAttributes } from '../../../normalize/aws/types.js'
import { awsFixture } from '../../_shared/testing.js'
import { describeCrossAccountPolicyCheck } from '../../_shared/cross-account-testing.js'

describeCrossAccountPolicyCheck(check, {
  resource: 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab',
  action: 'kms:Decrypt',
  fixture: (policy) =>
    awsFixture<KmsKeyAttributes>(AWS.kmsKey, {
      keyId: '1234abcd-12ab-34cd-56ef-1234567890ab',
      keyManager: 'CUSTOMER',
      keyState: 'Enabled',
      keySpec: 'SYMMETRIC_DEFAULT',
      keyUsage: 'ENCRYPT_DECRYPT',
      origin: 'AWS_KMS',
      rotationEnabled: true,
      policy,
    }),
})
