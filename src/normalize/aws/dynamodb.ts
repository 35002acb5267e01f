import type { Resource } from '../../core/resource.js'
import { unknown, type Maybe } from '../../core/unknown.js'
import type { DynamoDbRaw, TableDescription } from '../../collect/aws/dynamodb.js'
import { partitionOf } from '../../collect/aws/ec2-arn.js'
import { AWS, type DynamoDbTableAttributes } from './types.js'
import { awsResource, type NormalizeScope } from './helpers.js'

/** DynamoDB tables → aws.dynamodb.table; a failed DescribeTable or DescribeContinuousBackups leaves only its attributes Unknown. */
export function normalizeDynamodb(raw: DynamoDbRaw, scope: NormalizeScope): Resource<DynamoDbTableAttributes>[] {
  return raw.tables.map(({ tableName, table, backups }) => {
    const fromTable = <T>(pick: (t: TableDescription) => T): Maybe<T> =>
      table.ok && table.value ? pick(table.value) : unknown(`dynamodb:DescribeTable: ${table.ok ? 'table not returned' : table.reason}`)
    // SSEDescription is absent for the default AWS-owned key; SSEType KMS names the key (AWS-managed or customer-managed).
    const kmsKeyArn = fromTable((t) => (t.SSEDescription?.SSEType === 'KMS' ? (t.SSEDescription.KMSMasterKeyArn ?? null) : null))
    const pitr: Maybe<boolean> = backups.ok
      ? backups.value?.PointInTimeRecoveryDescription?.PointInTimeRecoveryStatus === 'ENABLED'
      : unknown(`dynamodb:DescribeContinuousBackups: ${backups.reason}`)
    return awsResource<DynamoDbTableAttributes>({
      uid:
        (table.ok ? table.value?.TableArn : undefined) ??
        `arn:${partitionOf(scope.region)}:dynamodb:${scope.region}:${scope.account}:table/${tableName}`,
      type: AWS.dynamodbTable,
      account: scope.account,
      region: scope.region,
      name: tableName,
      relations: typeof kmsKeyArn === 'string' ? [{ kind: 'uses-kms-key', target: kmsKeyArn }] : [],
      attributes: {
        tableName,
        tableStatus: fromTable((t) => t.TableStatus ?? 'UNKNOWN'),
        kmsKeyArn,
        deletionProtection: fromTable((t) => t.DeletionProtectionEnabled ?? false),
        pointInTimeRecovery: pitr,
      },
    })
  })
}
