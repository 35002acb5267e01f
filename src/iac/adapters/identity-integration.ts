/**
 * EventBridge event buses, Step Functions state machines, Kinesis data streams and Firehose delivery streams from
 * code. Settings left out take each service's default for a new resource: a bus encrypted with an AWS-owned key and
 * no policy; a STANDARD state machine with logging OFF, no tracing and an AWS-owned key; a stream kept 24 hours,
 * unencrypted; a Direct PUT delivery stream without server-side encryption.
 */
import { isUnknown, unknown, type Maybe, type Unknown } from '../../core/unknown.js'
import {
  AWS,
  type EventBridgeEventBusAttributes,
  type FirehoseDeliveryStreamAttributes,
  type KinesisStreamAttributes,
  type PolicyStatement,
  type StepFunctionsStateMachineAttributes,
} from '../../normalize/aws/types.js'
import { partsAdapter, type AdaptContext, type AdaptedResource, type Adapter, type IacResource } from '../model.js'
import { conditionValue, configuring, firstBlock, linkTo, maybeLinkTo, nameOf, principalElement } from './identity-common.js'
import { bool, cfnTags, isUnset, num, obj, policyOf, str, tfTags } from './values.js'

type Values = Readonly<Record<string, unknown>>

/** A nested setting: a Terraform block's or CloudFormation object's field (Unknown when the container is). */
function nested(tf: boolean, v: Values, container: string, field: string): unknown {
  const c = tf ? firstBlock(v[container]) : obj(v[container])
  return isUnknown(c) ? c : c?.[field]
}

function tagsOf(r: IacResource): Record<string, string> {
  return r.language === 'terraform' ? tfTags(r.values) : cfnTags(r.values)
}

// ---------------------------------------------------------------- EventBridge

/** One permission (aws_cloudwatch_event_permission, or a CloudFormation EventBusPolicy without Statement) as PutPermission writes it. */
function permissionStatement(ctx: AdaptContext, p: IacResource, resource: string): Maybe<PolicyStatement> {
  const tf = p.language === 'terraform'
  const v = p.values
  const principal = str(tf ? v.principal : v.Principal, null)
  const action = str(tf ? v.action : v.Action, 'events:PutEvents')
  if (isUnknown(principal)) return principal
  if (isUnknown(action)) return action
  if (principal === null) return unknown(`${p.address} names no principal`)
  const c = tf ? firstBlock(v.condition) : obj(v.Condition)
  if (isUnknown(c)) return c
  let condition: PolicyStatement['Condition']
  if (c) {
    const [type, key] = [str(tf ? c.type : c.Type, null), str(tf ? c.key : c.Key, null)]
    const value = conditionValue(ctx, tf ? c.value : c.Value, `${p.address} condition`)
    if (isUnknown(type)) return type
    if (isUnknown(key)) return key
    if (isUnknown(value)) return value
    if (type && key && value !== null) condition = { [type]: { [key]: value } }
  }
  const sid = str(tf ? v.statement_id : v.StatementId, p.address)
  return {
    Sid: typeof sid === 'string' ? sid : p.address,
    Effect: 'Allow',
    Principal: principalElement(principal),
    Action: action,
    Resource: resource,
    ...(condition ? { Condition: condition } : {}),
  }
}

/** The bus policy: its own (CloudFormation Policy), bus policy resources and permissions naming it. */
function busPolicy(r: IacResource, ctx: AdaptContext, name: string): EventBridgeEventBusAttributes['policy'] {
  const tf = r.language === 'terraform'
  const literals = name === r.address ? [] : [name]
  const suffixes = name === r.address ? [] : [`:event-bus/${name}`]
  const statements: PolicyStatement[] = []
  const add = (doc: unknown): Unknown | undefined => {
    const policy = policyOf(doc)
    if (isUnknown(policy)) return policy
    if (policy) statements.push(...(Array.isArray(policy.Statement) ? policy.Statement : [policy.Statement]))
    return undefined
  }
  if (!tf) {
    const failed = add(r.values.Policy)
    if (failed) return failed
  }
  const policyType = tf ? 'aws_cloudwatch_event_bus_policy' : 'AWS::Events::EventBusPolicy'
  const field = tf ? 'event_bus_name' : 'EventBusName'
  for (const p of configuring(ctx, policyType, field, r, literals, suffixes)) {
    const statement = tf ? p.values.policy : p.values.Statement
    if (!tf && isUnset(statement)) {
      const s = permissionStatement(ctx, p, ctx.uidOf(r))
      if (isUnknown(s)) return s
      statements.push(s)
      continue
    }
    // CloudFormation's Statement is one statement object; Terraform's policy a whole document.
    const failed = add(tf ? statement : { Version: '2012-10-17', Statement: statement })
    if (failed) return failed
  }
  if (tf) {
    for (const p of configuring(ctx, 'aws_cloudwatch_event_permission', field, r, literals, suffixes)) {
      const s = permissionStatement(ctx, p, ctx.uidOf(r))
      if (isUnknown(s)) return s
      statements.push(s)
    }
  }
  return statements.length > 0 ? { Version: '2012-10-17', Statement: statements } : null
}

function eventBus(r: IacResource, ctx: AdaptContext): AdaptedResource<EventBridgeEventBusAttributes>[] {
  const tf = r.language === 'terraform'
  const v = r.values
  const name = nameOf(r, tf ? v.name : v.Name)
  const attributes: EventBridgeEventBusAttributes = {
    busName: name,
    policy: busPolicy(r, ctx, name),
    kmsKeyIdentifier: linkTo(ctx, tf ? v.kms_key_identifier : v.KmsKeyIdentifier),
  }
  return [{ type: AWS.eventbridgeEventBus, name, tags: tagsOf(r), attributes }]
}

// ---------------------------------------------------------------- Step Functions

function stateMachine(r: IacResource, ctx: AdaptContext): AdaptedResource<StepFunctionsStateMachineAttributes>[] {
  const tf = r.language === 'terraform'
  const v = r.values
  const name = nameOf(r, tf ? v.name : v.StateMachineName)
  const type = str(tf ? v.type : v.StateMachineType, 'STANDARD')
  const level = str(nested(tf, v, tf ? 'logging_configuration' : 'LoggingConfiguration', tf ? 'level' : 'Level'), 'OFF')
  const tracing = bool(nested(tf, v, tf ? 'tracing_configuration' : 'TracingConfiguration', tf ? 'enabled' : 'Enabled'), false)
  const encContainer = tf ? 'encryption_configuration' : 'EncryptionConfiguration'
  const encType = str(nested(tf, v, encContainer, tf ? 'type' : 'Type'), 'AWS_OWNED_KEY')
  const key = maybeLinkTo(ctx, nested(tf, v, encContainer, tf ? 'kms_key_id' : 'KmsKeyId'), 'state machine KMS key')
  const encryption: StepFunctionsStateMachineAttributes['encryption'] = isUnknown(encType)
    ? encType
    : { type: encType, kmsKeyId: isUnknown(key) ? null : key }
  const attributes: StepFunctionsStateMachineAttributes = {
    stateMachineName: name,
    type: typeof type === 'string' ? type : 'STANDARD',
    loggingLevel: level,
    tracingEnabled: tracing as Maybe<boolean>,
    encryption,
  }
  return [{ type: AWS.stepfunctionsStateMachine, name, tags: tagsOf(r), attributes }]
}

// ---------------------------------------------------------------- Kinesis / Firehose

function kinesisStream(r: IacResource, ctx: AdaptContext): AdaptedResource<KinesisStreamAttributes>[] {
  const tf = r.language === 'terraform'
  const v = r.values
  const name = nameOf(r, tf ? v.name : v.Name)
  const type = str(tf ? v.encryption_type : nested(false, v, 'StreamEncryption', 'EncryptionType'), 'NONE')
  const keyValue = tf ? v.kms_key_id : nested(false, v, 'StreamEncryption', 'KeyId')
  const kmsKeyId = isUnknown(type) ? type : type === 'KMS' ? maybeLinkTo(ctx, keyValue, 'stream KMS key') : null
  const attributes: KinesisStreamAttributes = {
    streamName: name,
    encryptionType: type,
    kmsKeyId,
    retentionPeriodHours: num<number>(tf ? v.retention_period : v.RetentionPeriodHours, 24),
  }
  const declaredKey = ctx.resolve(keyValue)
  const relations = declaredKey ? [{ kind: 'uses-kms-key', target: ctx.uidOf(declaredKey) }] : []
  return [{ type: AWS.kinesisStream, name, tags: tagsOf(r), attributes, relations }]
}

/** Source type of a Terraform delivery stream, from the source block it has. */
function tfStreamType(v: Values): string {
  if (!isUnset(v.kinesis_source_configuration) && firstBlock(v.kinesis_source_configuration) !== null) return 'KinesisStreamAsSource'
  if (!isUnset(v.msk_source_configuration) && firstBlock(v.msk_source_configuration) !== null) return 'MSKAsSource'
  if (!isUnset(v.database_source_configuration) && firstBlock(v.database_source_configuration) !== null) return 'DatabaseAsSource'
  return 'DirectPut'
}

function firehoseEncryption(r: IacResource, ctx: AdaptContext): FirehoseDeliveryStreamAttributes['encryption'] {
  const v = r.values
  if (r.language === 'terraform') {
    const sse = firstBlock(v.server_side_encryption)
    if (isUnknown(sse)) return sse
    if (!sse) return null
    const enabled = bool(sse.enabled, false)
    const keyType = str(sse.key_type, 'AWS_OWNED_CMK')
    if (isUnknown(enabled)) return enabled
    if (isUnknown(keyType)) return keyType
    return { status: enabled ? 'ENABLED' : 'DISABLED', keyType: enabled ? keyType : null, keyArn: enabled ? linkTo(ctx, sse.key_arn) : null }
  }
  // DeliveryStreamEncryptionConfigurationInput turns server-side encryption on with the given key type.
  const input = obj(v.DeliveryStreamEncryptionConfigurationInput)
  if (isUnknown(input)) return input
  if (!input) return null
  const keyType = str(input.KeyType, 'AWS_OWNED_CMK')
  if (isUnknown(keyType)) return keyType
  return { status: 'ENABLED', keyType, keyArn: linkTo(ctx, input.KeyARN) }
}

function deliveryStream(r: IacResource, ctx: AdaptContext): AdaptedResource<FirehoseDeliveryStreamAttributes>[] {
  const tf = r.language === 'terraform'
  const v = r.values
  const name = nameOf(r, tf ? v.name : v.DeliveryStreamName)
  const attributes: FirehoseDeliveryStreamAttributes = {
    deliveryStreamName: name,
    deliveryStreamType: tf ? tfStreamType(v) : str(v.DeliveryStreamType, 'DirectPut'),
    encryption: firehoseEncryption(r, ctx),
  }
  return [{ type: AWS.firehoseDeliveryStream, name, tags: tagsOf(r), attributes }]
}

/** EventBridge, Step Functions, Kinesis and Firehose adapters (Terraform and CloudFormation). */
export const integrationAdapters: Adapter[] = [
  { language: 'terraform', types: ['aws_cloudwatch_event_bus'], produces: [AWS.eventbridgeEventBus], adapt: eventBus },
  { language: 'cloudformation', types: ['AWS::Events::EventBus'], produces: [AWS.eventbridgeEventBus], adapt: eventBus },
  { language: 'terraform', types: ['aws_sfn_state_machine'], produces: [AWS.stepfunctionsStateMachine], adapt: stateMachine },
  { language: 'cloudformation', types: ['AWS::StepFunctions::StateMachine'], produces: [AWS.stepfunctionsStateMachine], adapt: stateMachine },
  { language: 'terraform', types: ['aws_kinesis_stream'], produces: [AWS.kinesisStream], adapt: kinesisStream },
  { language: 'cloudformation', types: ['AWS::Kinesis::Stream'], produces: [AWS.kinesisStream], adapt: kinesisStream },
  { language: 'terraform', types: ['aws_kinesis_firehose_delivery_stream'], produces: [AWS.firehoseDeliveryStream], adapt: deliveryStream },
  { language: 'cloudformation', types: ['AWS::KinesisFirehose::DeliveryStream'], produces: [AWS.firehoseDeliveryStream], adapt: deliveryStream },
  // Read as parts of the bus they configure.
  partsAdapter('terraform', ['aws_cloudwatch_event_bus_policy', 'aws_cloudwatch_event_permission']),
  partsAdapter('cloudformation', ['AWS::Events::EventBusPolicy']),
]
