import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type RdsInstanceAttributes } from '../../../normalize/aws/types.js'

/** Minor engine versions carry security fixes; automatic upgrades apply them in the maintenance window. */
export default defineCheck<RdsInstanceAttributes>({
  id: 'aws-rds-instance-auto-minor-upgrade',
  title: 'RDS DB instance has automatic minor version upgrades enabled',
  resourceType: AWS.rdsInstance,
  severity: 'low',
  categories: ['patching'],
  rationale:
    'Minor engine releases fix security vulnerabilities and bugs; without automatic upgrades an instance keeps running a known-vulnerable ' +
    'engine version until someone remembers to upgrade it.',
  remediation: {
    steps: ['Enable automatic minor version upgrades; they are applied during the instance maintenance window.'],
    cli: 'aws rds modify-db-instance --db-instance-identifier <id> --auto-minor-version-upgrade --apply-immediately',
    terraform: 'aws_db_instance: auto_minor_version_upgrade = true.',
    references: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_UpgradeDBInstance.Maintenance.html'],
  },
  evaluate(db, result) {
    const { dbInstanceIdentifier: id, engine, engineVersion } = db.attributes
    return db.attributes.autoMinorVersionUpgrade
      ? result.pass(`DB instance ${id} (${engine} ${engineVersion}) receives minor version upgrades automatically.`)
      : result.fail(`DB instance ${id} (${engine} ${engineVersion}) does not upgrade minor versions automatically.`)
  },
})
