/**
 * Normalized types for API Gateway (REST, HTTP/WebSocket), EventBridge, Step Functions, Kinesis/Firehose, MSK, Glue. Type ids are merged into `AWS` in types.ts; import shared shapes from
 * './types.js' with `import type` only (types.ts re-exports this file, so a value import would be a cycle).
 */
import type { Maybe } from '../../core/unknown.js'
import type { SecretHit } from '../secrets.js'
import type { PolicyDocument } from './types.js'

/** Resource type ids of this group. */
export const INTEGRATION_TYPES = {
  apigatewayRestApi: 'aws.apigateway.rest-api',
  apigatewayStage: 'aws.apigateway.stage',
  apigatewayDomainName: 'aws.apigateway.domain-name',
  apigatewayV2Api: 'aws.apigateway.v2-api',
  apigatewayV2Stage: 'aws.apigateway.v2-stage',
  eventbridgeEventBus: 'aws.eventbridge.event-bus',
  stepfunctionsStateMachine: 'aws.stepfunctions.state-machine',
  kinesisStream: 'aws.kinesis.stream',
  firehoseDeliveryStream: 'aws.firehose.delivery-stream',
  mskCluster: 'aws.msk.cluster',
  glueDataCatalogEncryption: 'aws.glue.data-catalog-encryption',
  glueJob: 'aws.glue.job',
  glueConnection: 'aws.glue.connection',
} as const

// ---------------------------------------------------------------- API Gateway (REST, v1)

/** One method of a REST API resource (GetResources embed=methods). */
export interface ApiGatewayMethod {
  /** Resource path, e.g. `/orders/{id}`. */
  path: string
  httpMethod: string
  /** NONE | AWS_IAM | CUSTOM | COGNITO_USER_POOLS. */
  authorizationType: string
  apiKeyRequired: boolean
}

/** aws.apigateway.rest-api — uid `arn:aws:apigateway:<region>::/restapis/<id>`. */
export interface ApiGatewayRestApiAttributes {
  apiId: string
  apiName: string
  /** endpointConfiguration.types: EDGE, REGIONAL or PRIVATE. */
  endpointTypes: string[]
  /** Every method of every resource; Unknown when GetResources failed. */
  methods: Maybe<ApiGatewayMethod[]>
}

/** A stage's method setting (key `*\/*` = every method, or `<path>/<METHOD>`). */
export interface ApiGatewayMethodSetting {
  key: string
  /** OFF | ERROR | INFO; null = not set. */
  loggingLevel: string | null
  cachingEnabled: boolean
  cacheDataEncrypted: boolean
}

/** aws.apigateway.stage — uid `arn:aws:apigateway:<region>::/restapis/<id>/stages/<name>`. Relation 'stage-of' → REST API. */
export interface ApiGatewayStageAttributes {
  apiId: string
  apiName: string
  stageName: string
  endpointTypes: string[]
  methodSettings: ApiGatewayMethodSetting[]
  /** accessLogSettings.destinationArn; null = access logging off. */
  accessLogDestination: string | null
  tracingEnabled: boolean
  /** WAF web ACL associated with the stage; null = none. */
  webAclArn: string | null
  /** Client certificate API Gateway presents to the backend; null = none. */
  clientCertificateId: string | null
  cacheClusterEnabled: boolean
}

/** aws.apigateway.domain-name — uid `arn:aws:apigateway:<region>::/domainnames/<name>` (shared by REST and HTTP APIs). */
export interface ApiGatewayDomainNameAttributes {
  domainName: string
  /** TLS_1_0, TLS_1_2 or an enhanced SecurityPolicy_* name; null = not reported. */
  securityPolicy: string | null
  endpointTypes: string[]
}

// ---------------------------------------------------------------- API Gateway v2 (HTTP, WebSocket)

/** One route of an HTTP or WebSocket API. */
export interface ApiGatewayV2Route {
  /** e.g. `GET /orders`, `$default`, `$connect`. */
  routeKey: string
  /** NONE | AWS_IAM | CUSTOM | JWT. */
  authorizationType: string
  apiKeyRequired: boolean
}

/** aws.apigateway.v2-api — uid `arn:aws:apigateway:<region>::/apis/<id>`. */
export interface ApiGatewayV2ApiAttributes {
  apiId: string
  apiName: string
  /** HTTP or WEBSOCKET. */
  protocolType: string
  disableExecuteApiEndpoint: boolean
  /** Unknown when GetRoutes failed. */
  routes: Maybe<ApiGatewayV2Route[]>
}

/** aws.apigateway.v2-stage — uid `arn:aws:apigateway:<region>::/apis/<id>/stages/<name>`. Relation 'stage-of' → API. */
export interface ApiGatewayV2StageAttributes {
  apiId: string
  apiName: string
  stageName: string
  protocolType: string
  /** AccessLogSettings.DestinationArn; null = access logging off. */
  accessLogDestination: string | null
}

// ---------------------------------------------------------------- EventBridge

/** aws.eventbridge.event-bus — uid = event bus ARN. */
export interface EventBridgeEventBusAttributes {
  busName: string
  /** Resource-based policy; null = none. */
  policy: Maybe<PolicyDocument | null>
  /** KmsKeyIdentifier; null = encrypted with an AWS-owned key. */
  kmsKeyIdentifier: Maybe<string | null>
}

// ---------------------------------------------------------------- Step Functions

/** aws.stepfunctions.state-machine — uid = state machine ARN. */
export interface StepFunctionsStateMachineAttributes {
  stateMachineName: string
  /** STANDARD or EXPRESS. */
  type: string
  /** loggingConfiguration.level: ALL | ERROR | FATAL | OFF. */
  loggingLevel: Maybe<string>
  tracingEnabled: Maybe<boolean>
  /** encryptionConfiguration: AWS_OWNED_KEY (default) or CUSTOMER_MANAGED_KMS_KEY with its key. */
  encryption: Maybe<{ type: string; kmsKeyId: string | null }>
}

// ---------------------------------------------------------------- Kinesis / Firehose

/** aws.kinesis.stream — uid = stream ARN. */
export interface KinesisStreamAttributes {
  streamName: string
  /** NONE or KMS. */
  encryptionType: Maybe<string>
  /** KMS key (id, ARN or alias such as alias/aws/kinesis); null = not encrypted. */
  kmsKeyId: Maybe<string | null>
  retentionPeriodHours: Maybe<number>
}

/** aws.firehose.delivery-stream — uid = delivery stream ARN. */
export interface FirehoseDeliveryStreamAttributes {
  deliveryStreamName: string
  /** DirectPut, KinesisStreamAsSource, MSKAsSource, DatabaseAsSource. */
  deliveryStreamType: Maybe<string>
  /** DeliveryStreamEncryptionConfiguration; null = none reported (server-side encryption off). */
  encryption: Maybe<{ status: string; keyType: string | null; keyArn: string | null } | null>
}

// ---------------------------------------------------------------- MSK

/** Settings of a provisioned MSK cluster (serverless clusters have none: TLS and IAM are always on). */
export interface MskProvisionedSettings {
  /** TLS | TLS_PLAINTEXT | PLAINTEXT. */
  clientBroker: string
  inCluster: boolean
  /** DataVolumeKMSKeyId (AWS-managed aws/kafka key unless a customer key was chosen). */
  atRestKmsKeyId: string | null
  /** DISABLED or SERVICE_PROVIDED_EIPS. */
  publicAccess: string
  unauthenticatedAccess: boolean
  /** Broker log destinations turned on (CloudWatchLogs, Firehose, S3). */
  brokerLogDestinations: string[]
  /** DEFAULT | PER_BROKER | PER_TOPIC_PER_BROKER | PER_TOPIC_PER_PARTITION. */
  enhancedMonitoring: string
}

/** aws.msk.cluster — uid = cluster ARN. Relation 'uses-kms-key' → at-rest key. */
export interface MskClusterAttributes {
  clusterName: string
  /** PROVISIONED or SERVERLESS. */
  clusterType: string
  /** null for serverless clusters. */
  provisioned: MskProvisionedSettings | null
}

// ---------------------------------------------------------------- Glue

/** aws.glue.data-catalog-encryption — uid settingUid(acct, region, 'glue-data-catalog-encryption'). */
export interface GlueDataCatalogEncryptionAttributes {
  settings: Maybe<{
    /** DISABLED | SSE-KMS | SSE-KMS-WITH-SERVICE-ROLE. */
    catalogEncryptionMode: string
    catalogKmsKeyId: string | null
    connectionPasswordEncrypted: boolean
    connectionPasswordKmsKeyId: string | null
  }>
}

/** Encryption modes of a Glue security configuration. */
export interface GlueJobEncryption {
  /** DISABLED | SSE-KMS | SSE-S3. */
  s3: string
  /** DISABLED | SSE-KMS. */
  cloudWatch: string
  /** DISABLED | CSE-KMS. */
  jobBookmarks: string
}

/** aws.glue.job — uid `arn:aws:glue:<region>:<acct>:job/<name>`. */
export interface GlueJobAttributes {
  jobName: string
  /** Command.Name: glueetl, gluestreaming, pythonshell, glueray. */
  commandName: string
  securityConfiguration: string | null
  /** The security configuration's settings; null = no security configuration. */
  encryption: Maybe<GlueJobEncryption | null>
  /** Names of the default arguments (values are never kept). */
  argumentNames: string[]
  /** Credentials found in the default arguments. */
  argumentSecrets: Maybe<SecretHit[]>
}

/** aws.glue.connection — uid `arn:aws:glue:<region>:<acct>:connection/<name>`. */
export interface GlueConnectionAttributes {
  connectionName: string
  /** JDBC, KAFKA, MONGODB, NETWORK, ... */
  connectionType: string
  /** JDBC_ENFORCE_SSL = true. */
  sslRequired: boolean
}
