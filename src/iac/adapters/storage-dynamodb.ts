/**
 * DynamoDB tables from code: Terraform `aws_dynamodb_table`, CloudFormation `AWS::DynamoDB::Table` and
 * `AWS::DynamoDB::GlobalTable` (one normalized table per replica). Left out: deletion protection off, point-in-time
 * recovery off, encryption with the AWS-owned key
 * (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_CreateTable.html,
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/EncryptionAtRest.html).
 */
import { isUnknown, type Maybe } from '../../core/unknown.js'
import { AWS, type DynamoDbTableAttributes } from '../../normalize/aws/types.js'
import { notInCode, type AdaptContext, type AdaptedResource, type Adapter, type IacResource } from '../model.js'
import { kmsKeyRef, kmsRelations, literalName, type Relation } from './storage-common.js'
import { block, bool, cfnTags, obj, str, tfTags } from './values.js'

type Values = Readonly<Record<string, unknown>>

/**
 * The key a table's encryption names. SSE turned on without a key uses the AWS managed key aws/dynamodb; the check
 * looks keys up by ARN, and code has no ARN for that key, so it is given as null ("not a customer-managed key"),
 * the same verdict with the AWS-owned default's wording.
 */
function sseKey(enabled: Maybe<boolean | null>, keyValue: unknown, ctx: AdaptContext): { kmsKeyArn: Maybe<string | null>; relations: Relation[] } {
  if (isUnknown(enabled)) return { kmsKeyArn: enabled, relations: [] }
  if (!enabled) return { kmsKeyArn: null, relations: [] }
  const key = kmsKeyRef(keyValue, ctx)
  if (typeof key.ref === 'string' && /(?:^|:)alias\/aws\//.test(key.ref)) return { kmsKeyArn: null, relations: [] }
  return { kmsKeyArn: key.ref, relations: kmsRelations(key) }
}

function table(
  name: string,
  facts: { deletionProtection: Maybe<boolean | null>; pitr: Maybe<boolean | null>; kmsKeyArn: Maybe<string | null> },
): DynamoDbTableAttributes {
  return {
    tableName: name,
    tableStatus: notInCode('table status'),
    kmsKeyArn: facts.kmsKeyArn,
    deletionProtection: isUnknown(facts.deletionProtection) ? facts.deletionProtection : facts.deletionProtection === true,
    pointInTimeRecovery: isUnknown(facts.pitr) ? facts.pitr : facts.pitr === true,
  }
}

function tfTable(r: IacResource, ctx: AdaptContext): AdaptedResource<DynamoDbTableAttributes>[] {
  const v = r.values
  const { name } = literalName(v, 'name', r)
  const pitrBlock = block(v, 'point_in_time_recovery')
  const sseBlock = block(v, 'server_side_encryption')
  const pitr = isUnknown(pitrBlock) ? pitrBlock : bool(pitrBlock?.enabled, false)
  const sseEnabled = isUnknown(sseBlock) ? sseBlock : bool(sseBlock?.enabled, false)
  const sse = sseKey(sseEnabled, isUnknown(sseBlock) ? undefined : sseBlock?.kms_key_arn, ctx)
  const attributes = table(name, { deletionProtection: bool(v.deletion_protection_enabled, false), pitr, kmsKeyArn: sse.kmsKeyArn })
  return [{ type: AWS.dynamodbTable, name, tags: tfTags(v), attributes, relations: sse.relations }]
}

/** CloudFormation SSESpecification: SSEEnabled true means KMS (SSEType KMS is the only type); no key = aws/dynamodb. */
function cfnSse(spec: Maybe<Values | null>, keyValue: unknown, ctx: AdaptContext): { kmsKeyArn: Maybe<string | null>; relations: Relation[] } {
  if (isUnknown(spec)) return { kmsKeyArn: spec, relations: [] }
  return sseKey(bool(spec?.SSEEnabled, false), keyValue, ctx)
}

function cfnPitr(v: Values): Maybe<boolean | null> {
  const spec = obj(v.PointInTimeRecoverySpecification)
  return isUnknown(spec) ? spec : bool(spec?.PointInTimeRecoveryEnabled, false)
}

function cfnTable(r: IacResource, ctx: AdaptContext): AdaptedResource<DynamoDbTableAttributes>[] {
  const v = r.values
  const { name } = literalName(v, 'TableName', r)
  const spec = obj(v.SSESpecification)
  const sse = cfnSse(spec, isUnknown(spec) ? undefined : spec?.KMSMasterKeyId, ctx)
  const attributes = table(name, { deletionProtection: bool(v.DeletionProtectionEnabled, false), pitr: cfnPitr(v), kmsKeyArn: sse.kmsKeyArn })
  return [{ type: AWS.dynamodbTable, name, tags: cfnTags(v), attributes, relations: sse.relations }]
}

/**
 * A global table is one table per replica region: encryption is switched on for all of them at the top level, each
 * replica names its own key and has its own deletion protection and point-in-time recovery.
 */
function cfnGlobalTable(r: IacResource, ctx: AdaptContext): AdaptedResource<DynamoDbTableAttributes>[] {
  const v = r.values
  const { name } = literalName(v, 'TableName', r)
  const spec = obj(v.SSESpecification)
  const replicas = Array.isArray(v.Replicas) ? (v.Replicas as unknown[]) : []
  return replicas.flatMap((item, i) => {
    const replica = obj(item)
    if (replica === null || isUnknown(replica)) return []
    const region = str(replica.Region, null)
    const suffix = typeof region === 'string' ? region : String(i)
    const replicaSpec = obj(replica.SSESpecification)
    const sse = cfnSse(spec, isUnknown(replicaSpec) ? replicaSpec : replicaSpec?.KMSMasterKeyId, ctx)
    const attributes = table(name, {
      deletionProtection: bool(replica.DeletionProtectionEnabled, false),
      pitr: cfnPitr(replica),
      kmsKeyArn: sse.kmsKeyArn,
    })
    return [{ type: AWS.dynamodbTable, name: `${name} (${suffix})`, tags: cfnTags(replica), attributes, relations: sse.relations, uidSuffix: suffix }]
  })
}

/** DynamoDB adapters (Terraform and CloudFormation). */
export const dynamodbAdapters: Adapter[] = [
  { language: 'terraform', types: ['aws_dynamodb_table'], produces: [AWS.dynamodbTable], adapt: tfTable },
  { language: 'cloudformation', types: ['AWS::DynamoDB::Table'], produces: [AWS.dynamodbTable], adapt: cfnTable },
  { language: 'cloudformation', types: ['AWS::DynamoDB::GlobalTable'], produces: [AWS.dynamodbTable], adapt: cfnGlobalTable },
]
