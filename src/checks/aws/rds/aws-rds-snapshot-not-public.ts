import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type RdsSnapshotAttributes } from '../../../normalize/aws/types.js'

/** A public DB snapshot can be restored by any AWS account, which hands over the whole database. */
export default defineCheck<RdsSnapshotAttributes>({
  id: 'aws-rds-snapshot-not-public',
  title: 'RDS snapshot is not shared publicly',
  resourceType: AWS.rdsSnapshot,
  severity: 'critical',
  categories: ['data-exposure'],
  rationale:
    'Anyone can restore a public DB snapshot into their own account and read every table; researchers regularly find customer ' +
    'databases exposed this way.',
  remediation: {
    steps: ['Remove "all" from the snapshot\'s restore attribute.', 'Share with specific account ids instead, if sharing is needed.'],
    cli: 'aws rds modify-db-snapshot-attribute --db-snapshot-identifier <snapshot> --attribute-name restore --values-to-remove all',
    terraform: 'aws_db_snapshot / aws_db_cluster_snapshot: do not share with "all" (shared_accounts must list account ids only).',
    references: [
      'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_ShareSnapshot.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html',
    ],
  },
  evaluate(snap, result) {
    const id = snap.attributes.snapshotIdentifier
    const accounts = known(snap.attributes.restoreAccounts, `restore attribute of snapshot ${id}`)
    if (accounts.includes('all')) return result.fail(`Snapshot ${id} can be restored by any AWS account (restore attribute includes "all").`)
    return accounts.length > 0
      ? result.pass(`Snapshot ${id} is shared only with account(s) ${accounts.join(', ')}.`)
      : result.pass(`Snapshot ${id} is not shared with any other account.`)
  },
})
