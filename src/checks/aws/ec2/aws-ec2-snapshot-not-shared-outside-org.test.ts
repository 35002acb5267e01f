import check from './aws-ec2-snapshot-not-shared-outside-org.js'
import { AWS, type SnapshotAttributes } from '../../../normalize/aws/types.js'
import { awsFixture } from '../../_shared/testing.js'
import { describeSharedListCheck } from '../../_shared/cross-account-testing.js'

describeSharedListCheck(check, {
  fixture: (createVolumePermissions) =>
    awsFixture<SnapshotAttributes>(AWS.ec2Snapshot, { snapshotId: 'snap-0456', volumeId: 'vol-0123', encrypted: true, createVolumePermissions }),
})
