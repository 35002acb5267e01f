import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type DynamoDbTableAttributes } from '../../../normalize/aws/types.js'

/** Deletion protection stops a table from being dropped by mistake (or by a script) until it is turned off. */
export default defineCheck<DynamoDbTableAttributes>({
  id: 'aws-dynamodb-table-deletion-protection',
  title: 'DynamoDB table has deletion protection enabled',
  resourceType: AWS.dynamodbTable,
  severity: 'low',
  categories: ['resilience'],
  rationale:
    'DeleteTable removes a table and all its items at once; on-demand backups survive but point-in-time recovery history does not. ' +
    'Deletion protection makes the delete fail until someone deliberately turns protection off.',
  remediation: {
    steps: ['Enable deletion protection on the table.'],
    cli: 'aws dynamodb update-table --table-name <table> --deletion-protection-enabled',
    terraform: 'aws_dynamodb_table: deletion_protection_enabled = true',
    references: [
      'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/WorkingWithTables.Basics.html#WorkingWithTables.Basics.DeletionProtection',
    ],
  },
  evaluate(table, result) {
    const { tableName } = table.attributes
    return known(table.attributes.deletionProtection, `deletion protection of table ${tableName}`)
      ? result.pass(`Table ${tableName} has deletion protection enabled.`)
      : result.fail(`Table ${tableName} has deletion protection disabled, so one DeleteTable call removes it with all its items.`)
  },
})
