/**
 * Demo estate, containers part: ECS clusters, task definitions and services and CodeBuild projects in the first
 * region, EKS clusters and node groups in the second; each misconfiguration next to a correctly configured twin.
 */
import { ECSClient, CreateClusterCommand, CreateServiceCommand, RegisterTaskDefinitionCommand, type ContainerDefinition } from '@aws-sdk/client-ecs'
import { EKSClient, CreateClusterCommand as CreateEksClusterCommand, CreateNodegroupCommand } from '@aws-sdk/client-eks'
import { CodeBuildClient, CreateProjectCommand, type ProjectArtifacts, type ProjectSource } from '@aws-sdk/client-codebuild'
import { EC2Client, DescribeSecurityGroupsCommand, DescribeSubnetsCommand } from '@aws-sdk/client-ec2'
import type { SeedContext } from './seed-demo.js'

/** Two subnets and the default security group of the region's default VPC (the emulator validates subnet ids). */
async function defaultNetwork(ctx: SeedContext, region: string): Promise<{ subnets: string[]; securityGroup: string }> {
  const ec2 = new EC2Client(ctx.config(region))
  try {
    const [subnets, groups] = await Promise.all([
      ec2.send(new DescribeSubnetsCommand({ Filters: [{ Name: 'default-for-az', Values: ['true'] }] })),
      ec2.send(new DescribeSecurityGroupsCommand({ Filters: [{ Name: 'group-name', Values: ['default'] }] })),
    ])
    const ids = (subnets.Subnets ?? []).map((s) => s.SubnetId!).sort()
    const vpcId = subnets.Subnets?.[0]?.VpcId
    const sg = (groups.SecurityGroups ?? []).find((g) => g.VpcId === vpcId)?.GroupId
    if (ids.length < 2 || !sg) throw new Error(`no default VPC with two subnets in ${region}`)
    return { subnets: ids.slice(0, 2), securityGroup: sg }
  } finally {
    ec2.destroy()
  }
}

/** AWS's documented example access key id: the secret detector recognises its shape; it grants nothing. */
const EXAMPLE_KEY_ID = 'AKIAIOSFODNN7EXAMPLE'

const TASK_CHECKS = [
  'aws-ecs-task-definition-no-privileged-containers',
  'aws-ecs-task-definition-non-root-user',
  'aws-ecs-task-definition-read-only-root-filesystem',
  'aws-ecs-task-definition-logging-configured',
  'aws-ecs-task-definition-no-secrets-in-environment',
  'aws-ecs-task-definition-no-host-network-mode',
  'aws-ecs-task-definition-no-host-pid-mode',
  'aws-ecs-task-definition-no-sensitive-host-mounts',
]

/** ECS: a legacy cluster, task definition and public service vs their hardened twins. */
async function seedEcs(ctx: SeedContext, region: string): Promise<void> {
  const ecs = new ECSClient(ctx.config(region))
  try {
    const net = await defaultNetwork(ctx, region)
    const [legacyCluster, paymentsCluster] = await Promise.all([
      ecs.send(
        new CreateClusterCommand({
          clusterName: 'legacy-batch',
          settings: [{ name: 'containerInsights', value: 'disabled' }],
          configuration: { executeCommandConfiguration: { logging: 'NONE' } },
        }),
      ),
      ecs.send(
        new CreateClusterCommand({
          clusterName: 'payments',
          settings: [{ name: 'containerInsights', value: 'enabled' }],
          configuration: { executeCommandConfiguration: { logging: 'DEFAULT' } },
        }),
      ),
    ])
    const legacyArn = legacyCluster.cluster!.clusterArn!
    const paymentsArn = paymentsCluster.cluster!.clusterArn!

    const legacyContainer: ContainerDefinition = {
      name: 'worker',
      image: 'public.ecr.aws/docker/library/alpine:3.20',
      memory: 256,
      essential: true,
      privileged: true,
      environment: [
        { name: 'AWS_ACCESS_KEY_ID', value: EXAMPLE_KEY_ID },
        { name: 'QUEUE', value: 'legacy-jobs' },
      ],
      mountPoints: [{ sourceVolume: 'docker-socket', containerPath: '/var/run/docker.sock' }],
    }
    const paymentsContainer: ContainerDefinition = {
      name: 'api',
      image: `${ctx.manifest.account}.dkr.ecr.${region}.amazonaws.com/payments-api:2.3.1`,
      memory: 512,
      essential: true,
      user: '1000:1000',
      readonlyRootFilesystem: true,
      logConfiguration: {
        logDriver: 'awslogs',
        options: { 'awslogs-group': '/ecs/payments-api', 'awslogs-region': region, 'awslogs-stream-prefix': 'api' },
      },
      environment: [{ name: 'LOG_LEVEL', value: 'info' }],
      secrets: [{ name: 'DB_PASSWORD', valueFrom: `arn:aws:secretsmanager:${region}:${ctx.manifest.account}:secret:payments-db-AbCdEf` }],
    }
    const [legacyTd, paymentsTd] = await Promise.all([
      ecs.send(
        new RegisterTaskDefinitionCommand({
          family: 'legacy-worker',
          networkMode: 'host',
          pidMode: 'host',
          requiresCompatibilities: ['EC2'],
          volumes: [{ name: 'docker-socket', host: { sourcePath: '/var/run/docker.sock' } }],
          containerDefinitions: [legacyContainer],
        }),
      ),
      ecs.send(
        new RegisterTaskDefinitionCommand({
          family: 'payments-api',
          networkMode: 'awsvpc',
          requiresCompatibilities: ['FARGATE'],
          cpu: '256',
          memory: '512',
          containerDefinitions: [paymentsContainer],
        }),
      ),
    ])
    // A second revision: only the latest ACTIVE revision of a family is collected.
    const paymentsTd2 = await ecs.send(
      new RegisterTaskDefinitionCommand({
        family: 'payments-api',
        networkMode: 'awsvpc',
        requiresCompatibilities: ['FARGATE'],
        cpu: '256',
        memory: '512',
        containerDefinitions: [paymentsContainer],
      }),
    )
    void paymentsTd
    const legacyTdArn = legacyTd.taskDefinition!.taskDefinitionArn!
    const paymentsTdArn = paymentsTd2.taskDefinition!.taskDefinitionArn!

    const service = (cluster: string, name: string, assignPublicIp: 'ENABLED' | 'DISABLED') =>
      ecs.send(
        new CreateServiceCommand({
          cluster,
          serviceName: name,
          taskDefinition: paymentsTdArn,
          desiredCount: 1,
          launchType: 'FARGATE',
          networkConfiguration: { awsvpcConfiguration: { subnets: net.subnets, securityGroups: [net.securityGroup], assignPublicIp } },
        }),
      )
    const [publicSvc, privateSvc] = await Promise.all([
      service(legacyArn, 'legacy-public-api', 'ENABLED'),
      service(paymentsArn, 'payments-api', 'DISABLED'),
    ])
    const publicSvcArn = publicSvc.service!.serviceArn!
    const privateSvcArn = privateSvc.service!.serviceArn!
    ctx.count(7)

    ctx.fail('aws-ecs-cluster-container-insights-enabled', legacyArn, 'legacy-batch', 'containerInsights disabled')
    ctx.ok('aws-ecs-cluster-container-insights-enabled', paymentsArn, 'payments', 'containerInsights enabled')
    ctx.fail('aws-ecs-cluster-exec-logging-enabled', legacyArn, 'legacy-batch', 'ECS Exec logging NONE')
    ctx.ok('aws-ecs-cluster-exec-logging-enabled', paymentsArn, 'payments', 'ECS Exec logging DEFAULT')
    for (const id of TASK_CHECKS) {
      ctx.fail(id, legacyTdArn, 'legacy-worker', 'privileged root container, host network/PID, docker.sock, key in env, no logs')
      ctx.ok(id, paymentsTdArn, 'payments-api', 'hardened awsvpc task definition (latest revision)')
    }
    ctx.fail('aws-ecs-service-no-public-ip', publicSvcArn, 'legacy-public-api', 'assignPublicIp ENABLED')
    ctx.ok('aws-ecs-service-no-public-ip', privateSvcArn, 'payments-api', 'assignPublicIp DISABLED')
  } finally {
    ecs.destroy()
  }
}

/** EKS: an old, public, unencrypted, unlogged cluster with SSH open to the world vs a private, encrypted, logged one. */
async function seedEks(ctx: SeedContext, region: string): Promise<void> {
  const eks = new EKSClient(ctx.config(region))
  const account = ctx.manifest.account
  const roleArn = `arn:aws:iam::${account}:role/demo-eks-cluster`
  const nodeRole = `arn:aws:iam::${account}:role/demo-eks-node`
  try {
    const net = await defaultNetwork(ctx, region)
    const [legacy, platform] = await Promise.all([
      eks.send(
        new CreateEksClusterCommand({
          name: 'legacy-k8s',
          version: '1.29',
          roleArn,
          resourcesVpcConfig: {
            subnetIds: net.subnets,
            endpointPublicAccess: true,
            endpointPrivateAccess: false,
            publicAccessCidrs: ['0.0.0.0/0'],
          },
          logging: { clusterLogging: [{ types: ['api', 'audit', 'authenticator', 'controllerManager', 'scheduler'], enabled: false }] },
        }),
      ),
      eks.send(
        new CreateEksClusterCommand({
          name: 'platform',
          // In EKS standard support until 2027-03-27 (see src/checks/aws/eks/versions.ts); move on when it ends.
          version: '1.35',
          roleArn,
          resourcesVpcConfig: { subnetIds: net.subnets, endpointPublicAccess: false, endpointPrivateAccess: true },
          logging: { clusterLogging: [{ types: ['api', 'audit', 'authenticator', 'controllerManager', 'scheduler'], enabled: true }] },
          encryptionConfig: [
            { resources: ['secrets'], provider: { keyArn: `arn:aws:kms:${region}:${account}:key/0d3c5e6f-demo-4a1b-9c2d-platformkey1` } },
          ],
        }),
      ),
    ])
    const [legacyNg, platformNg] = await Promise.all([
      eks.send(
        new CreateNodegroupCommand({
          clusterName: 'legacy-k8s',
          nodegroupName: 'legacy-workers',
          subnets: net.subnets,
          nodeRole,
          remoteAccess: { ec2SshKey: 'legacy-admin' },
        }),
      ),
      eks.send(
        new CreateNodegroupCommand({
          clusterName: 'platform',
          nodegroupName: 'platform-workers',
          subnets: net.subnets,
          nodeRole,
          remoteAccess: { ec2SshKey: 'platform-admin', sourceSecurityGroups: [net.securityGroup] },
        }),
      ),
    ])
    ctx.count(4)
    const legacyArn = legacy.cluster!.arn!
    const platformArn = platform.cluster!.arn!
    const clusterChecks: [string, string, string][] = [
      ['aws-eks-cluster-endpoint-not-public', 'public endpoint open to 0.0.0.0/0', 'private endpoint only'],
      ['aws-eks-cluster-private-endpoint-enabled', 'private endpoint off', 'private endpoint on'],
      ['aws-eks-cluster-secrets-encrypted', 'no secrets encryption', 'secrets encrypted with KMS'],
      ['aws-eks-cluster-control-plane-logging-enabled', 'all control-plane logs off', 'all control-plane logs on'],
      ['aws-eks-cluster-version-supported', 'Kubernetes 1.29, past standard support', 'Kubernetes 1.35'],
    ]
    for (const [id, bad, good] of clusterChecks) {
      ctx.fail(id, legacyArn, 'legacy-k8s', bad)
      ctx.ok(id, platformArn, 'platform', good)
    }
    ctx.fail(
      'aws-eks-nodegroup-no-ssh-from-internet',
      legacyNg.nodegroup!.nodegroupArn!,
      'legacy-k8s/legacy-workers',
      'SSH key without source security groups',
    )
    ctx.ok(
      'aws-eks-nodegroup-no-ssh-from-internet',
      platformNg.nodegroup!.nodegroupArn!,
      'platform/platform-workers',
      'SSH limited to a bastion group',
    )
  } finally {
    eks.destroy()
  }
}

/** CodeBuild: a legacy deploy project with every weakness the emulator stores vs a hardened build project. */
async function seedCodeBuild(ctx: SeedContext, region: string): Promise<void> {
  const codebuild = new CodeBuildClient(ctx.config(region))
  const serviceRole = `arn:aws:iam::${ctx.manifest.account}:role/service-role/demo-codebuild`
  const environment = (privilegedMode: boolean, environmentVariables: { name: string; value: string; type: 'PLAINTEXT' | 'SECRETS_MANAGER' }[]) => ({
    type: 'LINUX_CONTAINER' as const,
    image: 'aws/codebuild/amazonlinux2-x86_64-standard:5.0',
    computeType: 'BUILD_GENERAL1_SMALL' as const,
    privilegedMode,
    environmentVariables,
  })
  const create = (name: string, source: ProjectSource, artifacts: ProjectArtifacts, env: ReturnType<typeof environment>, logsConfig: object) =>
    codebuild.send(new CreateProjectCommand({ name, source, artifacts, environment: env, serviceRole, logsConfig }))
  try {
    const [legacy, api, docs] = await Promise.all([
      create(
        'legacy-deploy',
        // A Bitbucket app password inline in the clone URL (fake value).
        { type: 'BITBUCKET', location: 'https://deploy-bot:Xk9pLm2QrT7vW4zY@bitbucket.org/example/legacy.git' },
        { type: 'S3', location: 'demo-legacy-artifacts', encryptionDisabled: true },
        environment(true, [
          { name: 'AWS_ACCESS_KEY_ID', value: EXAMPLE_KEY_ID, type: 'PLAINTEXT' },
          { name: 'STAGE', value: 'prod', type: 'PLAINTEXT' },
        ]),
        { cloudWatchLogs: { status: 'DISABLED' }, s3Logs: { status: 'DISABLED' } },
      ),
      create(
        'api-build',
        { type: 'GITHUB', location: 'https://github.com/example/api.git' },
        { type: 'S3', location: 'demo-api-artifacts', encryptionDisabled: false },
        environment(false, [{ name: 'NPM_TOKEN', value: 'ci/npm-token', type: 'SECRETS_MANAGER' }]),
        { cloudWatchLogs: { status: 'ENABLED' }, s3Logs: { status: 'ENABLED', location: 'demo-build-logs/api', encryptionDisabled: false } },
      ),
      create('docs-site', { type: 'GITHUB', location: 'https://github.com/example/docs.git' }, { type: 'NO_ARTIFACTS' }, environment(false, []), {
        cloudWatchLogs: { status: 'DISABLED' },
        s3Logs: { status: 'ENABLED', location: 'demo-build-logs/docs', encryptionDisabled: true },
      }),
    ])
    ctx.count(3)
    const legacyArn = legacy.project!.arn!
    const apiArn = api.project!.arn!
    const docsArn = docs.project!.arn!
    const pairs: [string, string][] = [
      ['aws-codebuild-project-privileged-mode-disabled', 'privileged mode on'],
      ['aws-codebuild-project-no-plaintext-secrets', 'AWS key id in a PLAINTEXT variable'],
      ['aws-codebuild-project-source-no-embedded-credentials', 'user:password@ in the Bitbucket URL'],
      ['aws-codebuild-project-logging-enabled', 'CloudWatch and S3 logs off'],
      ['aws-codebuild-project-artifacts-encrypted', 'S3 artifacts with encryption disabled'],
    ]
    for (const [id, why] of pairs) {
      ctx.fail(id, legacyArn, 'legacy-deploy', why)
      ctx.ok(id, apiArn, 'api-build', 'hardened project')
    }
    ctx.fail('aws-codebuild-project-s3-logs-encrypted', docsArn, 'docs-site', 'S3 logs with encryption disabled')
    ctx.ok('aws-codebuild-project-s3-logs-encrypted', apiArn, 'api-build', 'S3 logs encrypted')
    ctx.ok('aws-codebuild-project-logging-enabled', docsArn, 'docs-site', 'S3 logs on')
    ctx.ok('aws-codebuild-project-not-public', apiArn, 'api-build', 'private (the emulator does not store projectVisibility)')
  } finally {
    codebuild.destroy()
  }
}

/** Seeds the containers part: ECS and CodeBuild in the first region, EKS in the second. */
export async function seed(ctx: SeedContext): Promise<void> {
  const [home, second] = ctx.manifest.regions as [string, string]
  await Promise.all([seedEcs(ctx, home), seedCodeBuild(ctx, home), seedEks(ctx, second)])
}
