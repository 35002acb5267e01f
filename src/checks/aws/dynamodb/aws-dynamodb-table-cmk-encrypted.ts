import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type DynamoDbTableAttributes, type KmsKeyAttributes } from '../../../normalize/aws/types.js'

/**
 * Every DynamoDB table is encrypted at rest; by default with an AWS-owned key that the account cannot see, audit or
 * revoke. A customer-managed KMS key adds a key policy, CloudTrail records of every use, and the ability to cut access.
 */
export default defineCheck<DynamoDbTableAttributes>({
  id: 'aws-dynamodb-table-cmk-encrypted',
  title: 'DynamoDB table is encrypted with a customer-managed KMS key',
  resourceType: AWS.dynamodbTable,
  severity: 'low',
  categories: ['encryption'],
  rationale:
    'All tables are encrypted at rest, but with the default AWS-owned key or the AWS-managed aws/dynamodb key the account cannot restrict ' +
    'who may use the key, rotate it on its own schedule or disable it in an incident; a customer-managed key gives a key policy and a ' +
    'CloudTrail record of each use.',
  remediation: {
    steps: [
      "Create (or choose) a customer-managed symmetric KMS key whose policy allows DynamoDB use by the table's callers.",
      "Switch the table's server-side encryption to that key.",
    ],
    cli: 'aws dynamodb update-table --table-name <table> --sse-specification Enabled=true,SSEType=KMS,KMSMasterKeyId=<key-arn>',
    terraform: 'aws_dynamodb_table: server_side_encryption { enabled = true, kms_key_arn = <customer-managed key ARN> }',
    references: ['https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/EncryptionAtRest.html'],
  },
  evaluate(table, result, ctx) {
    const { tableName } = table.attributes
    const keyArn = known(table.attributes.kmsKeyArn, `encryption settings of table ${tableName}`)
    if (keyArn === null) return result.fail(`Table ${tableName} is encrypted with the default AWS-owned key, not a customer-managed KMS key.`)
    const key = ctx.inventory.get<KmsKeyAttributes>(keyArn)
    if (!key) {
      // AWS-managed keys are always in the table's own account and region; a key not in a complete KMS inventory is another account's.
      ctx.inventory.resources(AWS.kmsKey, { account: table.account, region: table.region })
      if (keyArn.split(':')[4] === table.account) {
        return result.error(`Table ${tableName} uses KMS key ${keyArn}, which was not found among the collected keys.`)
      }
      return result.pass(`Table ${tableName} is encrypted with KMS key ${keyArn} from another account (customer-managed).`)
    }
    return key.attributes.keyManager === 'CUSTOMER'
      ? result.pass(`Table ${tableName} is encrypted with customer-managed KMS key ${keyArn}.`)
      : result.fail(`Table ${tableName} is encrypted with the AWS-managed key ${keyArn} (aws/dynamodb), not a customer-managed key.`)
  },
})
