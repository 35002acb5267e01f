import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type DynamoDbTableAttributes } from '../../../normalize/aws/types.js'

/** Point-in-time recovery lets a table be restored to any second of the last 35 days. */
export default defineCheck<DynamoDbTableAttributes>({
  id: 'aws-dynamodb-table-pitr-enabled',
  title: 'DynamoDB table has point-in-time recovery enabled',
  resourceType: AWS.dynamodbTable,
  severity: 'medium',
  categories: ['resilience'],
  rationale:
    'Without point-in-time recovery, items overwritten or deleted by a bug, a bad deployment or an attacker with write access can only be ' +
    'recovered from on-demand backups, if any exist; with it, the table can be restored to any second of the last 35 days.',
  remediation: {
    steps: ['Enable point-in-time recovery on the table (continuous backups).', 'Optionally set the recovery period (1–35 days).'],
    cli: 'aws dynamodb update-continuous-backups --table-name <table> --point-in-time-recovery-specification PointInTimeRecoveryEnabled=true',
    terraform: 'aws_dynamodb_table: point_in_time_recovery { enabled = true }',
    references: ['https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/PointInTimeRecovery.html'],
  },
  evaluate(table, result) {
    const { tableName } = table.attributes
    return known(table.attributes.pointInTimeRecovery, `point-in-time recovery status of table ${tableName}`)
      ? result.pass(`Table ${tableName} has point-in-time recovery enabled.`)
      : result.fail(`Table ${tableName} has point-in-time recovery disabled, so it cannot be restored to an earlier point in time.`)
  },
})
