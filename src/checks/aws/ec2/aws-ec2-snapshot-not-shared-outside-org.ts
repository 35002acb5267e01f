import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type SnapshotAttributes } from '../../../normalize/aws/types.js'
import { sharedListVerdict } from '../../_shared/cross-account.js'

/** EBS snapshot is not shared with accounts outside the organization (organization members and accounts declared trusted are fine). */
export default defineCheck<SnapshotAttributes>({
  id: 'aws-ec2-snapshot-not-shared-outside-org',
  title: 'EBS snapshot is not shared with accounts outside the organization',
  resourceType: AWS.ec2Snapshot,
  severity: 'high',
  categories: ['data-exposure'],
  rationale:
    'Anyone in an account with create-volume permission on a snapshot can copy it and mount the copy, reading every block of the disk as it was, including deleted files, database files and credentials. Sharing it outside the organization hands the data over for good.',
  remediation: {
    steps: [
      'Remove createVolumePermission entries for accounts outside your organization.',
      'For deliberate partner access, list the account under trustedAccounts in the Posture configuration so it is reviewed once, not on every scan.',
    ],
    cli: 'aws ec2 modify-snapshot-attribute --snapshot-id <snapshot-id> --attribute createVolumePermission --operation-type remove --user-ids <account-id>',
    terraform: 'aws_snapshot_create_volume_permission: keep only account_id values of your organization.',
    references: [
      'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-modifying-snapshot-permissions.html',
      'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_introduction.html',
    ],
  },
  evaluate: (r, result, ctx) =>
    sharedListVerdict(r.attributes.createVolumePermissions, r.account, `snapshot ${r.attributes.snapshotId}`, result, ctx),
})
