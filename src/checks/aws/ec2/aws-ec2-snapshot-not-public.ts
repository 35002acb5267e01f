import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type SnapshotAttributes } from '../../../normalize/aws/types.js'

/** EBS snapshots must not be restorable by every AWS account: a public snapshot is a full copy of a disk. */
export default defineCheck<SnapshotAttributes>({
  id: 'aws-ec2-snapshot-not-public',
  title: 'EBS snapshot is not publicly restorable',
  resourceType: AWS.ec2Snapshot,
  severity: 'critical',
  categories: ['data-exposure'],
  rationale:
    'Any AWS account can create a volume from a public snapshot and read everything on the disk — databases, SSH keys, credentials in configuration files; researchers routinely harvest secrets from public snapshots.',
  remediation: {
    steps: [
      'Remove the "all" group from the snapshot\'s createVolumePermission (make it private).',
      'Share with specific account ids only when needed, and turn on EBS block public access for snapshots in each region.',
    ],
    cli: 'aws ec2 modify-snapshot-attribute --snapshot-id <snapshot-id> --attribute createVolumePermission --operation-type remove --group-names all',
    terraform:
      'Remove aws_snapshot_create_volume_permission resources that grant to everyone, and set aws_ebs_snapshot_block_public_access with state = "block-all-sharing" in each region.',
    references: [
      'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-modifying-snapshot-permissions.html',
      'https://docs.aws.amazon.com/ebs/latest/userguide/block-public-access-snapshots.html',
    ],
  },
  evaluate(snapshot, result) {
    const perms = known(snapshot.attributes.createVolumePermissions, 'snapshot createVolumePermission attribute')
    if (perms.includes('all')) return result.fail(`Snapshot ${snapshot.attributes.snapshotId} grants createVolumePermission to all AWS accounts.`)
    return perms.length === 0
      ? result.pass(`Snapshot ${snapshot.attributes.snapshotId} is not shared with any other account.`)
      : result.pass(`Snapshot ${snapshot.attributes.snapshotId} is shared only with account(s) ${perms.join(', ')}.`)
  },
})
