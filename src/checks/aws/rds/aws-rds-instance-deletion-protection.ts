import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type RdsInstanceAttributes } from '../../../normalize/aws/types.js'

/** Deletion protection makes deleting a database a deliberate two-step act instead of one mistaken or malicious call. */
export default defineCheck<RdsInstanceAttributes>({
  id: 'aws-rds-instance-deletion-protection',
  title: 'RDS DB instance has deletion protection enabled',
  resourceType: AWS.rdsInstance,
  severity: 'low',
  categories: ['resilience'],
  rationale:
    'Without deletion protection a single DeleteDBInstance call (a wrong script, a careless console click or a compromised identity) ' +
    'destroys the database; with it, the setting must first be turned off by someone allowed to modify the instance.',
  remediation: {
    steps: ['Enable deletion protection on the DB instance.'],
    cli: 'aws rds modify-db-instance --db-instance-identifier <id> --deletion-protection --apply-immediately',
    terraform: 'aws_db_instance: deletion_protection = true.',
    references: [
      'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_DeleteInstance.html#USER_DeletionProtection',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-8',
    ],
  },
  evaluate(db, result) {
    const id = db.attributes.dbInstanceIdentifier
    return db.attributes.deletionProtection
      ? result.pass(`DB instance ${id} has deletion protection enabled.`)
      : result.fail(`DB instance ${id} can be deleted without first turning off deletion protection.`)
  },
})
