import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type RdsInstanceAttributes } from '../../../normalize/aws/types.js'

/** Multi-AZ keeps a synchronous standby in another Availability Zone, so one AZ failure does not take the database down (CIS 3.2.4). */
export default defineCheck<RdsInstanceAttributes>({
  id: 'aws-rds-instance-multi-az',
  title: 'RDS DB instance is deployed in multiple Availability Zones',
  resourceType: AWS.rdsInstance,
  severity: 'low',
  categories: ['resilience'],
  rationale:
    'A Single-AZ instance is unavailable for the whole of an Availability Zone outage or an instance failure; Multi-AZ fails over to a ' +
    'synchronously replicated standby automatically, protecting availability and limiting data loss.',
  remediation: {
    steps: ['Modify the DB instance to a Multi-AZ deployment (the conversion runs online, preferably in the maintenance window).'],
    cli: 'aws rds modify-db-instance --db-instance-identifier <id> --multi-az --apply-immediately',
    terraform: 'aws_db_instance: multi_az = true.',
    references: [
      'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.MultiAZSingleStandby.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-5',
    ],
  },
  evaluate(db, result) {
    const { dbInstanceIdentifier: id, engine } = db.attributes
    return db.attributes.multiAz
      ? result.pass(`DB instance ${id} (${engine}) is a Multi-AZ deployment.`)
      : result.fail(`DB instance ${id} (${engine}) runs in a single Availability Zone.`)
  },
})
