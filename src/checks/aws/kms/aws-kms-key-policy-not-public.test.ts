import check from './aws-kms-key-policy-not-public.js'
import { AWS, type KmsKeyAttributes } from '../../../normalize/aws/types.js'
import { awsFixture } from '../../_shared/testing.js'
import { describePublicPolicyCheck } from '../../_shared/resource-policy-testing.js'

describePublicPolicyCheck(check, {
  resource: '*',
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
