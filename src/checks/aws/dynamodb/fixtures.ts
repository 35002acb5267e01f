/** Test fixtures for DynamoDB checks. */
import type { Resource } from '../../../core/resource.js'
import { AWS, type DynamoDbTableAttributes } from '../../../normalize/aws/types.js'
import { awsFixture } from '../../_shared/testing.js'

/** An active table `orders` with PITR, deletion protection and a KMS key, with `attrs` overriding. */
export function tableFixture(attrs: Partial<DynamoDbTableAttributes> = {}): Resource<DynamoDbTableAttributes> {
  return awsFixture<DynamoDbTableAttributes>(
    AWS.dynamodbTable,
    {
      tableName: 'orders',
      tableStatus: 'ACTIVE',
      kmsKeyArn: 'arn:aws:kms:us-east-1:111122223333:key/1234abcd',
      deletionProtection: true,
      pointInTimeRecovery: true,
      ...attrs,
    },
    { uid: 'arn:aws:dynamodb:us-east-1:111122223333:table/orders', name: 'orders' },
  )
}
