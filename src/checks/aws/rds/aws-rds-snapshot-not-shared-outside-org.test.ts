import check from './aws-rds-snapshot-not-shared-outside-org.js'
import { AWS, type RdsSnapshotAttributes } from '../../../normalize/aws/types.js'
import { awsFixture } from '../../_shared/testing.js'
import { describeSharedListCheck } from '../../_shared/cross-account-testing.js'

describeSharedListCheck(check, {
  fixture: (restoreAccounts) =>
    awsFixture<RdsSnapshotAttributes>(AWS.rdsSnapshot, {
      snapshotIdentifier: 'orders-manual',
      snapshotType: 'manual',
      isCluster: false,
      encrypted: true,
      restoreAccounts,
    }),
})
