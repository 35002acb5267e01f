import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type RdsInstanceAttributes } from '../../../normalize/aws/types.js'

/** A publicly accessible DB instance gets an internet-resolvable endpoint; databases belong on private subnets. */
export default defineCheck<RdsInstanceAttributes>({
  id: 'aws-rds-instance-not-public',
  title: 'RDS DB instance is not publicly accessible',
  resourceType: AWS.rdsInstance,
  severity: 'high',
  categories: ['network'],
  rationale:
    'With PubliclyAccessible set, the endpoint resolves to a public IP and only a security group stands between the database and ' +
    'internet-wide scanning and password guessing; one permissive rule exposes the data.',
  remediation: {
    steps: [
      'Turn off public accessibility on the instance.',
      'Reach the database from inside the VPC (application subnets, VPN, SSM port forwarding).',
    ],
    cli: 'aws rds modify-db-instance --db-instance-identifier <id> --no-publicly-accessible --apply-immediately',
    terraform: 'aws_db_instance: publicly_accessible = false, with db_subnet_group_name pointing at private subnets.',
    references: [
      'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html',
    ],
  },
  evaluate(db, result) {
    const { dbInstanceIdentifier: id, engine } = db.attributes
    return db.attributes.publiclyAccessible
      ? result.fail(`DB instance ${id} (${engine}) is publicly accessible: its endpoint resolves to a public IP address.`)
      : result.pass(`DB instance ${id} (${engine}) is reachable only from inside its VPC.`)
  },
})
