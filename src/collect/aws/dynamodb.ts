import {
  DynamoDBClient,
  paginateListTables,
  DescribeTableCommand,
  DescribeContinuousBackupsCommand,
  type TableDescription,
  type ContinuousBackupsDescription,
} from '@aws-sdk/client-dynamodb'
import { mapLimit } from '../limiter.js'
import type { CallResult } from '../collector.js'
import type { AwsCollector } from './module.js'

export type { TableDescription, ContinuousBackupsDescription }

/** Raw DynamoDB data for one region: each table name with its DescribeTable and DescribeContinuousBackups answers. */
export interface DynamoDbRaw {
  tables: {
    tableName: string
    table: CallResult<TableDescription | null>
    backups: CallResult<ContinuousBackupsDescription | null>
  }[]
}

const TYPES = ['aws.dynamodb.table']

/** DynamoDB tables: encryption, deletion protection and point-in-time recovery. */
export const dynamodbCollector: AwsCollector<DynamoDbRaw> = {
  service: 'dynamodb',
  scope: 'regional',
  produces: TYPES,
  async collect(ctx, session) {
    const ddb = session.client(DynamoDBClient, ctx.region)
    const list = await ctx.paginate(
      'ListTables',
      (abortSignal) => paginateListTables({ client: ddb }, {}, { abortSignal }),
      (p) => p.TableNames,
      { affects: TYPES },
    )
    if (!list.ok) return { tables: [] }
    const tables = await mapLimit(list.value, 8, async (tableName) => {
      const [table, backups] = await Promise.all([
        ctx.call(
          'DescribeTable',
          async (abortSignal) => (await ddb.send(new DescribeTableCommand({ TableName: tableName }), { abortSignal })).Table ?? null,
          { resource: tableName },
        ),
        ctx.call(
          'DescribeContinuousBackups',
          async (abortSignal) =>
            (await ddb.send(new DescribeContinuousBackupsCommand({ TableName: tableName }), { abortSignal })).ContinuousBackupsDescription ?? null,
          { resource: tableName },
        ),
      ])
      return { tableName, table, backups }
    })
    return { tables }
  },
}
