/**
 * Demo estate, identity part: SageMaker notebooks, endpoint configurations and models (home region), Cognito user and
 * identity pools (second region) and Route 53 public hosted zones (global), each misconfiguration next to a correct twin.
 * Emulator gaps (moto 5.2.1) left to fixture tests: DNSSEC is always NOT_SIGNING, models never report network isolation,
 * identity pools never report AllowClassicFlow, and lifecycle configurations cannot be listed.
 */
import { SageMakerClient, CreateNotebookInstanceCommand, CreateEndpointConfigCommand, CreateModelCommand } from '@aws-sdk/client-sagemaker'
import { CognitoIdentityProviderClient, CreateUserPoolCommand } from '@aws-sdk/client-cognito-identity-provider'
import { CognitoIdentityClient, CreateIdentityPoolCommand } from '@aws-sdk/client-cognito-identity'
import { Route53Client, CreateHostedZoneCommand, ChangeResourceRecordSetsCommand, CreateQueryLoggingConfigCommand } from '@aws-sdk/client-route-53'
import { CloudWatchLogsClient, CreateLogGroupCommand } from '@aws-sdk/client-cloudwatch-logs'
import { S3Client, CreateBucketCommand } from '@aws-sdk/client-s3'
import { EC2Client, DescribeSubnetsCommand, DescribeSecurityGroupsCommand } from '@aws-sdk/client-ec2'
import type { SeedContext } from './seed-demo.js'
import { DEMO_ACCOUNT } from './demo-constants.js'

const EXEC_ROLE = `arn:aws:iam::${DEMO_ACCOUNT}:role/demo-sagemaker-execution`
const DEMO_KEY = `arn:aws:kms:us-east-1:${DEMO_ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`

/** A subnet and security group of the region's default VPC. */
async function defaultNetwork(ctx: SeedContext, region: string): Promise<{ subnetId: string; groupId: string }> {
  const ec2 = new EC2Client(ctx.config(region))
  try {
    const subnets = await ec2.send(new DescribeSubnetsCommand({ Filters: [{ Name: 'default-for-az', Values: ['true'] }] }))
    const groups = await ec2.send(new DescribeSecurityGroupsCommand({ Filters: [{ Name: 'group-name', Values: ['default'] }] }))
    return { subnetId: subnets.Subnets![0]!.SubnetId!, groupId: groups.SecurityGroups![0]!.GroupId! }
  } finally {
    ec2.destroy()
  }
}

/** SageMaker in the home region. */
async function seedSageMaker(ctx: SeedContext, region: string): Promise<void> {
  const net = await defaultNetwork(ctx, region)
  const sm = new SageMakerClient(ctx.config(region))
  try {
    const open = await sm.send(
      new CreateNotebookInstanceCommand({ NotebookInstanceName: 'demo-open-notebook', InstanceType: 'ml.t3.medium', RoleArn: EXEC_ROLE }),
    )
    const locked = await sm.send(
      new CreateNotebookInstanceCommand({
        NotebookInstanceName: 'demo-locked-notebook',
        InstanceType: 'ml.t3.medium',
        RoleArn: EXEC_ROLE,
        SubnetId: net.subnetId,
        SecurityGroupIds: [net.groupId],
        KmsKeyId: DEMO_KEY,
        DirectInternetAccess: 'Disabled',
        RootAccess: 'Disabled',
      }),
    )
    const openArn = open.NotebookInstanceArn!
    const lockedArn = locked.NotebookInstanceArn!
    for (const [id, why] of [
      ['aws-sagemaker-notebook-root-access-disabled', 'root access'],
      ['aws-sagemaker-notebook-direct-internet-disabled', 'direct internet access'],
      ['aws-sagemaker-notebook-kms-key', 'KMS key for the volume'],
      ['aws-sagemaker-notebook-in-vpc', 'VPC subnet'],
    ] as const) {
      ctx.fail(id, openArn, 'demo-open-notebook', `defaults: ${why} not restricted`)
      ctx.ok(id, lockedArn, 'demo-locked-notebook', `${why} configured`)
    }

    const image = '683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1'
    const leaky = await sm.send(
      new CreateModelCommand({
        ModelName: 'demo-leaky-model',
        ExecutionRoleArn: EXEC_ROLE,
        // AWS's documented example access key id, so the demo holds no real credential.
        PrimaryContainer: { Image: image, Environment: { SAGEMAKER_PROGRAM: 'inference.py', AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE' } },
      }),
    )
    const tidy = await sm.send(
      new CreateModelCommand({
        ModelName: 'demo-private-model',
        ExecutionRoleArn: EXEC_ROLE,
        PrimaryContainer: { Image: image, Environment: { SAGEMAKER_PROGRAM: 'inference.py' } },
        VpcConfig: { Subnets: [net.subnetId], SecurityGroupIds: [net.groupId] },
      }),
    )

    const variants = [{ VariantName: 'AllTraffic', ModelName: 'demo-private-model', InstanceType: 'ml.m5.large' as const, InitialInstanceCount: 1 }]
    const plainCfg = await sm.send(new CreateEndpointConfigCommand({ EndpointConfigName: 'demo-plain-config', ProductionVariants: variants }))
    const kmsCfg = await sm.send(
      new CreateEndpointConfigCommand({ EndpointConfigName: 'demo-kms-config', ProductionVariants: variants, KmsKeyId: DEMO_KEY }),
    )
    ctx.fail('aws-sagemaker-endpoint-config-kms-key', plainCfg.EndpointConfigArn!, 'demo-plain-config', 'no KmsKeyId, EBS-backed instance')
    ctx.ok('aws-sagemaker-endpoint-config-kms-key', kmsCfg.EndpointConfigArn!, 'demo-kms-config', 'KmsKeyId set')

    ctx.fail('aws-sagemaker-model-no-secrets-in-environment', leaky.ModelArn!, 'demo-leaky-model', 'access key id in the container environment')
    ctx.ok('aws-sagemaker-model-no-secrets-in-environment', tidy.ModelArn!, 'demo-private-model', 'no credentials in the environment')
    ctx.fail('aws-sagemaker-model-in-vpc', leaky.ModelArn!, 'demo-leaky-model', 'no VpcConfig')
    ctx.ok('aws-sagemaker-model-in-vpc', tidy.ModelArn!, 'demo-private-model', 'VpcConfig set')
    // The emulator drops EnableNetworkIsolation, so only the failing side can be demonstrated.
    ctx.fail('aws-sagemaker-model-network-isolation', leaky.ModelArn!, 'demo-leaky-model', 'network isolation off')
    ctx.count(6)
  } finally {
    sm.destroy()
  }
}

/** Cognito user and identity pools in the second region. */
async function seedCognito(ctx: SeedContext, region: string): Promise<void> {
  const idp = new CognitoIdentityProviderClient(ctx.config(region))
  const identity = new CognitoIdentityClient(ctx.config(region))
  try {
    const weak = await idp.send(new CreateUserPoolCommand({ PoolName: 'demo-weak-pool' }))
    const strong = await idp.send(
      new CreateUserPoolCommand({
        PoolName: 'demo-strong-pool',
        MfaConfiguration: 'ON',
        UserPoolAddOns: { AdvancedSecurityMode: 'ENFORCED' },
        DeletionProtection: 'ACTIVE',
        Policies: {
          PasswordPolicy: { MinimumLength: 14, RequireUppercase: true, RequireLowercase: true, RequireNumbers: true, RequireSymbols: true },
        },
      }),
    )
    const weakArn = weak.UserPool!.Arn!
    const strongArn = strong.UserPool!.Arn!
    for (const [id, why] of [
      ['aws-cognito-user-pool-mfa-required', 'MFA'],
      ['aws-cognito-user-pool-threat-protection-enforced', 'threat protection'],
      ['aws-cognito-user-pool-password-min-length', 'password length 14'],
      ['aws-cognito-user-pool-deletion-protection', 'deletion protection'],
    ] as const) {
      ctx.fail(id, weakArn, 'demo-weak-pool', `defaults: no ${why}`)
      ctx.ok(id, strongArn, 'demo-strong-pool', `${why} configured`)
    }

    const guest = await identity.send(new CreateIdentityPoolCommand({ IdentityPoolName: 'demo_guest_pool', AllowUnauthenticatedIdentities: true }))
    const members = await identity.send(
      new CreateIdentityPoolCommand({ IdentityPoolName: 'demo_member_pool', AllowUnauthenticatedIdentities: false }),
    )
    const poolArn = (id: string) => `arn:aws:cognito-identity:${region}:${DEMO_ACCOUNT}:identitypool/${id}`
    ctx.fail('aws-cognito-identity-pool-no-guest-access', poolArn(guest.IdentityPoolId!), 'demo_guest_pool', 'unauthenticated identities allowed')
    ctx.ok('aws-cognito-identity-pool-no-guest-access', poolArn(members.IdentityPoolId!), 'demo_member_pool', 'authenticated only')
    // The emulator never reports AllowClassicFlow, so only the passing side can be demonstrated.
    ctx.ok('aws-cognito-identity-pool-classic-flow-disabled', poolArn(members.IdentityPoolId!), 'demo_member_pool', 'classic flow off')
    ctx.count(4)
  } finally {
    idp.destroy()
    identity.destroy()
  }
}

/** Creates a public hosted zone with one CNAME; returns the zone uid. */
async function zoneWithCname(r53: Route53Client, zone: string, record: string, target: string): Promise<{ id: string; uid: string }> {
  const out = await r53.send(new CreateHostedZoneCommand({ Name: zone, CallerReference: `demo-${zone}` }))
  const id = out.HostedZone!.Id!.replace(/^\/hostedzone\//, '')
  await r53.send(
    new ChangeResourceRecordSetsCommand({
      HostedZoneId: id,
      ChangeBatch: {
        Changes: [{ Action: 'CREATE', ResourceRecordSet: { Name: record, Type: 'CNAME', TTL: 300, ResourceRecords: [{ Value: target }] } }],
      },
    }),
  )
  return { id, uid: `arn:aws:route53:::hostedzone/${id}` }
}

/** Route 53 (global; served from us-east-1): a logged zone whose CNAME reaches a bucket of the account vs a dangling one. */
async function seedRoute53(ctx: SeedContext): Promise<void> {
  const region = 'us-east-1'
  const r53 = new Route53Client(ctx.config(region))
  const s3 = new S3Client(ctx.config(region))
  const logs = new CloudWatchLogsClient(ctx.config(region))
  try {
    await s3.send(new CreateBucketCommand({ Bucket: 'demo-shop-static-assets' }))
    const shop = await zoneWithCname(r53, 'demo-shop.example', 'static.demo-shop.example', 'demo-shop-static-assets.s3.amazonaws.com')
    // The bucket behind this CNAME was never created (or was deleted): anyone could claim the name.
    const legacy = await zoneWithCname(r53, 'demo-legacy.example', 'promo.demo-legacy.example', 'demo-old-campaign-assets.s3.amazonaws.com')
    const group = '/aws/route53/demo-shop.example'
    await logs.send(new CreateLogGroupCommand({ logGroupName: group }))
    await r53.send(
      new CreateQueryLoggingConfigCommand({
        HostedZoneId: shop.id,
        CloudWatchLogsLogGroupArn: `arn:aws:logs:${region}:${DEMO_ACCOUNT}:log-group:${group}:*`,
      }),
    )
    ctx.fail('aws-route53-zone-no-dangling-records', legacy.uid, 'demo-legacy.example', 'CNAME to a bucket that does not exist')
    ctx.ok('aws-route53-zone-no-dangling-records', shop.uid, 'demo-shop.example', 'CNAME to a bucket of the account')
    ctx.fail('aws-route53-zone-query-logging', legacy.uid, 'demo-legacy.example', 'no query logging configuration')
    ctx.ok('aws-route53-zone-query-logging', shop.uid, 'demo-shop.example', 'queries logged to CloudWatch Logs')
    // The emulator always answers NOT_SIGNING, so only the failing side can be demonstrated.
    ctx.fail('aws-route53-zone-dnssec-signing', legacy.uid, 'demo-legacy.example', 'DNSSEC not signing')
    ctx.count(4)
  } finally {
    r53.destroy()
    s3.destroy()
    logs.destroy()
  }
}

/** Seeds the identity part. */
export async function seed(ctx: SeedContext): Promise<void> {
  const [home, second] = ctx.manifest.regions
  await Promise.all([seedSageMaker(ctx, home!), seedCognito(ctx, second!), seedRoute53(ctx)])
}
