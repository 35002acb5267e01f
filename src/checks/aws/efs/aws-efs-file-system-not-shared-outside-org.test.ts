import check from './aws-efs-file-system-not-shared-outside-org.js'
import { AWS, type EfsFileSystemAttributes } from '../../../normalize/aws/types.js'
import { awsFixture } from '../../_shared/testing.js'
import { describeCrossAccountPolicyCheck } from '../../_shared/cross-account-testing.js'

describeCrossAccountPolicyCheck(check, {
  resource: 'arn:aws:elasticfilesystem:us-east-1:111122223333:file-system/fs-0123456789abcdef0',
  action: 'elasticfilesystem:ClientMount',
  fixture: (policy) =>
    awsFixture<EfsFileSystemAttributes>(AWS.efsFileSystem, { fileSystemId: 'fs-0123456789abcdef0', encrypted: true, kmsKeyId: null, policy }),
})
