import check from './aws-ec2-ami-not-shared-outside-org.js'
import { AWS, type ImageAttributes } from '../../../normalize/aws/types.js'
import { awsFixture } from '../../_shared/testing.js'
import { describeSharedListCheck } from '../../_shared/cross-account-testing.js'

describeSharedListCheck(check, {
  fixture: (launchPermissions) => awsFixture<ImageAttributes>(AWS.ec2Image, { imageId: 'ami-0123', isPublic: false, launchPermissions }),
})
