import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type RdsSnapshotAttributes } from '../../../normalize/aws/types.js'
import { sharedListVerdict } from '../../_shared/cross-account.js'

/** RDS snapshot is not shared with accounts outside the organization (organization members and accounts declared trusted are fine). */
export default defineCheck<RdsSnapshotAttributes>({
  id: 'aws-rds-snapshot-not-shared-outside-org',
  title: 'RDS snapshot is not shared with accounts outside the organization',
  resourceType: AWS.rdsSnapshot,
  severity: 'high',
  categories: ['data-exposure'],
  rationale:
    'An account allowed to restore a manual DB snapshot can create its own database from it and read every table, outside your monitoring and beyond your ability to revoke.',
  remediation: {
    steps: [
      'Remove the restore attribute values naming accounts outside your organization.',
      'For deliberate partner access, list the account under trustedAccounts in the Posture configuration so it is reviewed once, not on every scan.',
    ],
    cli: 'aws rds modify-db-snapshot-attribute --db-snapshot-identifier <snapshot> --attribute-name restore --values-to-remove <account-id>',
    terraform: 'Snapshots are shared outside Terraform; remove the account with the CLI (or aws_db_snapshot_copy with shared_accounts omitted).',
    references: [
      'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_ShareSnapshot.html',
      'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_introduction.html',
    ],
  },
  evaluate: (r, result, ctx) =>
    sharedListVerdict(r.attributes.restoreAccounts, r.account, `snapshot ${r.attributes.snapshotIdentifier}`, result, ctx),
})
