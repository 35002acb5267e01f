/**
 * Demo estate, integration part: API Gateway (REST and HTTP), EventBridge, Step Functions (home region) and Kinesis,
 * Firehose, Glue (second region), each misconfiguration next to a correctly configured twin. MSK is not seeded: the
 * emulator answers ListClustersV2/ListClusters with creation times the SDK cannot parse, so its checks are covered by
 * fixture tests only.
 */
import {
  APIGatewayClient,
  CreateDeploymentCommand,
  CreateDomainNameCommand,
  CreateResourceCommand,
  CreateRestApiCommand,
  GetResourcesCommand,
  PutIntegrationCommand,
  PutMethodCommand,
  UpdateStageCommand,
} from '@aws-sdk/client-api-gateway'
import { ApiGatewayV2Client, CreateApiCommand, CreateRouteCommand, CreateStageCommand } from '@aws-sdk/client-apigatewayv2'
import { WAFV2Client, AssociateWebACLCommand, CreateWebACLCommand } from '@aws-sdk/client-wafv2'
import { EventBridgeClient, CreateEventBusCommand, PutPermissionCommand } from '@aws-sdk/client-eventbridge'
import { SFNClient, CreateStateMachineCommand } from '@aws-sdk/client-sfn'
import { KinesisClient, CreateStreamCommand, IncreaseStreamRetentionPeriodCommand, StartStreamEncryptionCommand } from '@aws-sdk/client-kinesis'
import { FirehoseClient, CreateDeliveryStreamCommand, StartDeliveryStreamEncryptionCommand } from '@aws-sdk/client-firehose'
import {
  GlueClient,
  CreateConnectionCommand,
  CreateJobCommand,
  CreateSecurityConfigurationCommand,
  PutDataCatalogEncryptionSettingsCommand,
} from '@aws-sdk/client-glue'
import { KMSClient, CreateKeyCommand } from '@aws-sdk/client-kms'
import { NodeHttpHandler } from '@smithy/node-http-handler'
import { settingUid } from '../../src/normalize/aws/types.js'
import type { SeedContext } from './seed-demo.js'

/** The role the demo's state machines, streams and jobs name (the emulator does not check it). */
const role = (ctx: SeedContext): string => `arn:aws:iam::${ctx.manifest.account}:role/demo-integration`

/** A REST API with one /orders GET method (MOCK integration) deployed to stage prod; returns the API id. */
async function restApi(api: APIGatewayClient, name: string, authorizationType: string): Promise<string> {
  const created = await api.send(new CreateRestApiCommand({ name, endpointConfiguration: { types: ['REGIONAL'] } }))
  const id = created.id!
  const root = (await api.send(new GetResourcesCommand({ restApiId: id }))).items!.find((r) => r.path === '/')!
  const orders = await api.send(new CreateResourceCommand({ restApiId: id, parentId: root.id, pathPart: 'orders' }))
  await api.send(new PutMethodCommand({ restApiId: id, resourceId: orders.id, httpMethod: 'GET', authorizationType }))
  await api.send(new PutIntegrationCommand({ restApiId: id, resourceId: orders.id, httpMethod: 'GET', type: 'MOCK' }))
  await api.send(new CreateDeploymentCommand({ restApiId: id, stageName: 'prod' }))
  return id
}

/** REST APIs (open vs IAM-authorized, stage settings off vs on), custom domains (TLS 1.0 vs 1.2), HTTP APIs. */
async function seedApiGateway(ctx: SeedContext, region: string): Promise<void> {
  const api = new APIGatewayClient(ctx.config(region))
  const v2 = new ApiGatewayV2Client(ctx.config(region))
  const waf = new WAFV2Client(ctx.config(region))
  const arn = (path: string) => `arn:aws:apigateway:${region}::${path}`
  try {
    const [legacyId, ordersId] = await Promise.all([restApi(api, 'legacy-public-api', 'NONE'), restApi(api, 'orders-api', 'AWS_IAM')])
    const set = (restApiId: string, ops: [string, string][]) =>
      api.send(
        new UpdateStageCommand({ restApiId, stageName: 'prod', patchOperations: ops.map(([path, value]) => ({ op: 'replace', path, value })) }),
      )
    await set(legacyId, [
      ['/cacheClusterEnabled', 'true'],
      ['/*/*/caching/enabled', 'true'],
      ['/*/*/caching/dataEncrypted', 'false'],
      ['/*/*/logging/loglevel', 'OFF'],
    ])
    await set(ordersId, [
      ['/tracingEnabled', 'true'],
      ['/accessLogSettings/destinationArn', `arn:aws:logs:${region}:${ctx.manifest.account}:log-group:orders-api-access`],
      ['/accessLogSettings/format', '$context.requestId $context.identity.sourceIp $context.status'],
      ['/*/*/logging/loglevel', 'ERROR'],
      ['/cacheClusterEnabled', 'true'],
      ['/*/*/caching/enabled', 'true'],
      ['/*/*/caching/dataEncrypted', 'true'],
    ])
    const acl = await waf.send(
      new CreateWebACLCommand({
        Name: 'orders-api-acl',
        Scope: 'REGIONAL',
        DefaultAction: { Allow: {} },
        VisibilityConfig: { SampledRequestsEnabled: true, CloudWatchMetricsEnabled: true, MetricName: 'orders-api-acl' },
        Rules: [],
      }),
    )
    await waf.send(new AssociateWebACLCommand({ WebACLArn: acl.Summary!.ARN, ResourceArn: arn(`/restapis/${ordersId}/stages/prod`) }))

    await Promise.all([
      api.send(
        new CreateDomainNameCommand({
          domainName: 'legacy.example.com',
          regionalCertificateArn: `arn:aws:acm:${region}:${ctx.manifest.account}:certificate/legacy`,
          endpointConfiguration: { types: ['REGIONAL'] },
          securityPolicy: 'TLS_1_0',
        }),
      ),
      api.send(
        new CreateDomainNameCommand({
          domainName: 'api.example.com',
          regionalCertificateArn: `arn:aws:acm:${region}:${ctx.manifest.account}:certificate/api`,
          endpointConfiguration: { types: ['REGIONAL'] },
          securityPolicy: 'TLS_1_2',
        }),
      ),
    ])

    // HTTP APIs: an open route without access logs vs a JWT-authorized route with access logs.
    const [openHttp, authHttp] = await Promise.all([
      v2.send(new CreateApiCommand({ Name: 'webhooks-http', ProtocolType: 'HTTP' })),
      v2.send(new CreateApiCommand({ Name: 'orders-http', ProtocolType: 'HTTP' })),
    ])
    await Promise.all([
      v2.send(new CreateRouteCommand({ ApiId: openHttp.ApiId, RouteKey: 'POST /hook', AuthorizationType: 'NONE' })),
      v2.send(new CreateRouteCommand({ ApiId: authHttp.ApiId, RouteKey: 'GET /orders', AuthorizationType: 'AWS_IAM' })),
      v2.send(new CreateStageCommand({ ApiId: openHttp.ApiId, StageName: '$default' })),
      v2.send(
        new CreateStageCommand({
          ApiId: authHttp.ApiId,
          StageName: '$default',
          AccessLogSettings: {
            DestinationArn: `arn:aws:logs:${region}:${ctx.manifest.account}:log-group:orders-http-access`,
            Format: '$context.requestId',
          },
        }),
      ),
    ])
    ctx.count(8)

    const legacyStage = arn(`/restapis/${legacyId}/stages/prod`)
    const ordersStage = arn(`/restapis/${ordersId}/stages/prod`)
    const stageCases: [string, string, string][] = [
      ['aws-apigateway-stage-execution-logging', 'execution logging OFF', 'execution logging ERROR'],
      ['aws-apigateway-stage-access-logging', 'no access log destination', 'access logs to CloudWatch Logs'],
      ['aws-apigateway-stage-xray-tracing', 'tracing off', 'tracing on'],
      ['aws-apigateway-stage-waf-enabled', 'no web ACL', 'web ACL associated'],
      ['aws-apigateway-stage-cache-encrypted', 'cache data not encrypted', 'cache data encrypted'],
    ]
    for (const [check, bad, good] of stageCases) {
      ctx.fail(check, legacyStage, 'legacy-public-api/prod', bad)
      ctx.ok(check, ordersStage, 'orders-api/prod', good)
    }
    // The emulator keeps no clientCertificateId on stages, so only the failing side is checked here.
    ctx.fail('aws-apigateway-stage-client-certificate', legacyStage, 'legacy-public-api/prod', 'no client certificate')
    ctx.fail('aws-apigateway-rest-api-authorization', arn(`/restapis/${legacyId}`), 'legacy-public-api', 'GET /orders with authorization NONE')
    ctx.ok('aws-apigateway-rest-api-authorization', arn(`/restapis/${ordersId}`), 'orders-api', 'GET /orders with AWS_IAM')
    ctx.fail('aws-apigateway-domain-tls12', arn('/domainnames/legacy.example.com'), 'legacy.example.com', 'security policy TLS_1_0')
    ctx.ok('aws-apigateway-domain-tls12', arn('/domainnames/api.example.com'), 'api.example.com', 'security policy TLS_1_2')
    ctx.fail('aws-apigateway-http-route-authorization', arn(`/apis/${openHttp.ApiId}`), 'webhooks-http', 'POST /hook without authorizer')
    ctx.ok('aws-apigateway-http-route-authorization', arn(`/apis/${authHttp.ApiId}`), 'orders-http', 'GET /orders with IAM')
    ctx.fail('aws-apigateway-http-stage-access-logging', arn(`/apis/${openHttp.ApiId}/stages/$default`), 'webhooks-http/$default', 'no access logs')
    ctx.ok('aws-apigateway-http-stage-access-logging', arn(`/apis/${authHttp.ApiId}/stages/$default`), 'orders-http/$default', 'access logs on')
  } finally {
    api.destroy()
    v2.destroy()
    waf.destroy()
  }
}

/** Event buses (public policy vs organization-only, AWS-owned vs customer key) and state machines (defaults vs hardened). */
async function seedEventsAndWorkflows(ctx: SeedContext, region: string, keyArn: string): Promise<void> {
  const events = new EventBridgeClient(ctx.config(region))
  const sfn = new SFNClient(ctx.config(region))
  try {
    const [partner, orders] = await Promise.all([
      events.send(new CreateEventBusCommand({ Name: 'partner-intake' })),
      events.send(new CreateEventBusCommand({ Name: 'orders-bus', KmsKeyIdentifier: keyArn })),
    ])
    await Promise.all([
      events.send(new PutPermissionCommand({ EventBusName: 'partner-intake', Action: 'events:PutEvents', Principal: '*', StatementId: 'anyone' })),
      events.send(
        new PutPermissionCommand({
          EventBusName: 'orders-bus',
          Action: 'events:PutEvents',
          Principal: '*',
          StatementId: 'org-only',
          Condition: { Type: 'StringEquals', Key: 'aws:PrincipalOrgID', Value: 'o-a1b2c3d4e5' },
        }),
      ),
    ])
    const definition = JSON.stringify({ StartAt: 'Done', States: { Done: { Type: 'Pass', End: true } } })
    const [plain, hardened] = await Promise.all([
      sfn.send(new CreateStateMachineCommand({ name: 'legacy-flow', definition, roleArn: role(ctx) })),
      sfn.send(
        new CreateStateMachineCommand({
          name: 'order-flow',
          definition,
          roleArn: role(ctx),
          loggingConfiguration: {
            level: 'ERROR',
            includeExecutionData: false,
            destinations: [{ cloudWatchLogsLogGroup: { logGroupArn: `arn:aws:logs:${region}:${ctx.manifest.account}:log-group:order-flow:*` } }],
          },
          tracingConfiguration: { enabled: true },
          encryptionConfiguration: { type: 'CUSTOMER_MANAGED_KMS_KEY', kmsKeyId: keyArn, kmsDataKeyReusePeriodSeconds: 300 },
        }),
      ),
    ])
    ctx.count(4)
    ctx.fail('aws-eventbridge-bus-policy-not-public', partner.EventBusArn!, 'partner-intake', 'PutEvents allowed to *')
    ctx.ok('aws-eventbridge-bus-policy-not-public', orders.EventBusArn!, 'orders-bus', 'Principal * limited by aws:PrincipalOrgID')
    ctx.fail('aws-eventbridge-bus-cmk', partner.EventBusArn!, 'partner-intake', 'AWS-owned key')
    ctx.ok('aws-eventbridge-bus-cmk', orders.EventBusArn!, 'orders-bus', 'customer-managed key')
    for (const [check, bad, good] of [
      ['aws-stepfunctions-state-machine-logging', 'logging OFF', 'logging ERROR'],
      ['aws-stepfunctions-state-machine-xray-tracing', 'tracing off', 'tracing on'],
      ['aws-stepfunctions-state-machine-cmk', 'AWS-owned key', 'customer-managed key'],
    ] as const) {
      ctx.fail(check, plain.stateMachineArn!, 'legacy-flow', bad)
      ctx.ok(check, hardened.stateMachineArn!, 'order-flow', good)
    }
  } finally {
    events.destroy()
    sfn.destroy()
  }
}

/** Kinesis streams (plain vs customer key and 7-day retention) and Firehose streams (SSE off vs on). */
async function seedStreams(ctx: SeedContext, region: string, keyArn: string): Promise<void> {
  // The Kinesis client defaults to HTTP/2, which the emulator does not speak.
  const kinesis = new KinesisClient({ ...ctx.config(region), requestHandler: new NodeHttpHandler() })
  const firehose = new FirehoseClient(ctx.config(region))
  const streamArn = (name: string) => `arn:aws:kinesis:${region}:${ctx.manifest.account}:stream/${name}`
  try {
    await Promise.all([
      kinesis.send(new CreateStreamCommand({ StreamName: 'clickstream-raw', ShardCount: 1 })),
      kinesis.send(new CreateStreamCommand({ StreamName: 'payments-events', ShardCount: 1 })),
      kinesis.send(new CreateStreamCommand({ StreamName: 'audit-events', ShardCount: 1 })),
    ])
    await Promise.all([
      kinesis.send(new StartStreamEncryptionCommand({ StreamName: 'payments-events', EncryptionType: 'KMS', KeyId: keyArn })),
      kinesis.send(new IncreaseStreamRetentionPeriodCommand({ StreamName: 'payments-events', RetentionPeriodHours: 168 })),
      kinesis.send(new StartStreamEncryptionCommand({ StreamName: 'audit-events', EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' })),
    ])
    const s3 = (name: string) => ({
      RoleARN: role(ctx),
      BucketARN: `arn:aws:s3:::${name}`,
    })
    const [plain, encrypted] = await Promise.all([
      firehose.send(new CreateDeliveryStreamCommand({ DeliveryStreamName: 'logs-plain', ExtendedS3DestinationConfiguration: s3('demo-logs-plain') })),
      firehose.send(
        new CreateDeliveryStreamCommand({ DeliveryStreamName: 'logs-encrypted', ExtendedS3DestinationConfiguration: s3('demo-logs-encrypted') }),
      ),
    ])
    await firehose.send(
      new StartDeliveryStreamEncryptionCommand({
        DeliveryStreamName: 'logs-encrypted',
        DeliveryStreamEncryptionConfigurationInput: { KeyType: 'AWS_OWNED_CMK' },
      }),
    )
    ctx.count(5)
    ctx.fail('aws-kinesis-stream-encrypted', streamArn('clickstream-raw'), 'clickstream-raw', 'no server-side encryption')
    ctx.ok('aws-kinesis-stream-encrypted', streamArn('payments-events'), 'payments-events', 'KMS with a customer key')
    ctx.fail('aws-kinesis-stream-cmk', streamArn('audit-events'), 'audit-events', 'alias/aws/kinesis')
    ctx.ok('aws-kinesis-stream-cmk', streamArn('payments-events'), 'payments-events', 'customer-managed key')
    ctx.fail('aws-kinesis-stream-retention', streamArn('clickstream-raw'), 'clickstream-raw', '24 hours')
    ctx.ok('aws-kinesis-stream-retention', streamArn('payments-events'), 'payments-events', '168 hours')
    ctx.fail('aws-firehose-delivery-stream-encrypted', plain.DeliveryStreamARN!, 'logs-plain', 'SSE off')
    ctx.ok('aws-firehose-delivery-stream-encrypted', encrypted.DeliveryStreamARN!, 'logs-encrypted', 'SSE with an AWS-owned key')
  } finally {
    kinesis.destroy()
    firehose.destroy()
  }
}

/** Glue: catalog encryption on in one region and off in the other; jobs with and without a security configuration; connections. */
async function seedGlue(ctx: SeedContext, encryptedRegion: string, plainRegion: string, keyArn: string): Promise<void> {
  const glue = new GlueClient(ctx.config(encryptedRegion))
  const arn = (kind: string, name: string) => `arn:aws:glue:${encryptedRegion}:${ctx.manifest.account}:${kind}/${name}`
  try {
    await glue.send(
      new PutDataCatalogEncryptionSettingsCommand({
        DataCatalogEncryptionSettings: {
          EncryptionAtRest: { CatalogEncryptionMode: 'SSE-KMS', SseAwsKmsKeyId: keyArn },
          ConnectionPasswordEncryption: { ReturnConnectionPasswordEncrypted: true, AwsKmsKeyId: keyArn },
        },
      }),
    )
    await glue.send(
      new CreateSecurityConfigurationCommand({
        Name: 'etl-encrypted',
        EncryptionConfiguration: {
          S3Encryption: [{ S3EncryptionMode: 'SSE-KMS', KmsKeyArn: keyArn }],
          CloudWatchEncryption: { CloudWatchEncryptionMode: 'SSE-KMS', KmsKeyArn: keyArn },
          JobBookmarksEncryption: { JobBookmarksEncryptionMode: 'CSE-KMS', KmsKeyArn: keyArn },
        },
      }),
    )
    const command = { Name: 'glueetl', ScriptLocation: 's3://demo-glue-scripts/etl.py', PythonVersion: '3' }
    await Promise.all([
      glue.send(
        new CreateJobCommand({
          Name: 'legacy-export',
          Role: role(ctx),
          Command: command,
          // A database password pasted into the job arguments (the demo's deliberate leak; not a real credential).
          DefaultArguments: { '--db_user': 'exporter', '--db_password': 'Xk9#pL2$vQ7wR4mZ' },
        }),
      ),
      glue.send(
        new CreateJobCommand({
          Name: 'nightly-etl',
          Role: role(ctx),
          Command: command,
          SecurityConfiguration: 'etl-encrypted',
          DefaultArguments: { '--db_secret_id': 'prod/etl/db' },
        }),
      ),
      glue.send(
        new CreateConnectionCommand({
          ConnectionInput: {
            Name: 'legacy-db',
            ConnectionType: 'JDBC',
            ConnectionProperties: { JDBC_CONNECTION_URL: 'jdbc:postgresql://legacy.internal:5432/app', USERNAME: 'etl', PASSWORD: 'demo-only' },
          },
        }),
      ),
      glue.send(
        new CreateConnectionCommand({
          ConnectionInput: {
            Name: 'orders-db',
            ConnectionType: 'JDBC',
            ConnectionProperties: {
              JDBC_CONNECTION_URL: 'jdbc:postgresql://orders.internal:5432/app',
              JDBC_ENFORCE_SSL: 'true',
              SECRET_ID: 'prod/orders/db',
            },
          },
        }),
      ),
    ])
    ctx.count(6)
    const encryptedCatalog = settingUid(ctx.manifest.account, encryptedRegion, 'glue-data-catalog-encryption')
    const plainCatalog = settingUid(ctx.manifest.account, plainRegion, 'glue-data-catalog-encryption')
    ctx.fail('aws-glue-data-catalog-encrypted', plainCatalog, `Glue Data Catalog ${plainRegion}`, 'metadata encryption DISABLED')
    ctx.ok('aws-glue-data-catalog-encrypted', encryptedCatalog, `Glue Data Catalog ${encryptedRegion}`, 'SSE-KMS')
    ctx.fail('aws-glue-connection-password-encrypted', plainCatalog, `Glue Data Catalog ${plainRegion}`, 'passwords not encrypted')
    ctx.ok('aws-glue-connection-password-encrypted', encryptedCatalog, `Glue Data Catalog ${encryptedRegion}`, 'passwords encrypted with KMS')
    for (const check of ['aws-glue-job-s3-encryption', 'aws-glue-job-cloudwatch-encryption', 'aws-glue-job-bookmark-encryption']) {
      ctx.fail(check, arn('job', 'legacy-export'), 'legacy-export', 'no security configuration')
      ctx.ok(check, arn('job', 'nightly-etl'), 'nightly-etl', 'security configuration etl-encrypted')
    }
    ctx.fail('aws-glue-job-arguments-no-secrets', arn('job', 'legacy-export'), 'legacy-export', '--db_password in default arguments')
    ctx.ok('aws-glue-job-arguments-no-secrets', arn('job', 'nightly-etl'), 'nightly-etl', 'only a secret name')
    ctx.fail('aws-glue-connection-ssl-required', arn('connection', 'legacy-db'), 'legacy-db', 'JDBC_ENFORCE_SSL unset')
    ctx.ok('aws-glue-connection-ssl-required', arn('connection', 'orders-db'), 'orders-db', 'JDBC_ENFORCE_SSL true')
  } finally {
    glue.destroy()
  }
}

/** A customer-managed KMS key in `region` (for the hardened twins); returns its ARN. */
async function customerKey(ctx: SeedContext, region: string): Promise<string> {
  const kms = new KMSClient(ctx.config(region))
  try {
    const key = await kms.send(new CreateKeyCommand({ Description: 'integration services data key' }))
    ctx.count()
    return key.KeyMetadata!.Arn!
  } finally {
    kms.destroy()
  }
}

/** Seeds the integration part: APIs, buses and workflows in the home region; streams and Glue in the second. */
export async function seed(ctx: SeedContext): Promise<void> {
  const [home, second] = ctx.manifest.regions as [string, string]
  const [homeKey, secondKey] = await Promise.all([customerKey(ctx, home), customerKey(ctx, second)])
  await Promise.all([
    seedApiGateway(ctx, home),
    seedEventsAndWorkflows(ctx, home, homeKey),
    seedStreams(ctx, second, secondKey),
    seedGlue(ctx, second, home, secondKey),
  ])
}
