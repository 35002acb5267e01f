import { describe, expect, it } from 'vitest'
import { isUnknown } from '../../core/unknown.js'
import { latestRevisions, type EcsRaw, type TaskDefinition } from '../../collect/aws/ecs.js'
import { normalizeEcs } from './ecs.js'
import { AWS, type EcsClusterAttributes, type EcsServiceAttributes, type EcsTaskDefinitionAttributes } from './types.js'

const ACCOUNT = '111122223333'
const scope = { account: ACCOUNT, region: 'us-east-1', regions: ['us-east-1'] }
const CLUSTER = `arn:aws:ecs:us-east-1:${ACCOUNT}:cluster/prod`
const TD = `arn:aws:ecs:us-east-1:${ACCOUNT}:task-definition/web:7`
const SERVICE = `arn:aws:ecs:us-east-1:${ACCOUNT}:service/prod/web`
const SECRET = 'AKIAIOSFODNN7EXAMPLE'

/** A DescribeTaskDefinition taskDefinition as the ECS API reference documents it. */
const definition: TaskDefinition = {
  taskDefinitionArn: TD,
  family: 'web',
  revision: 7,
  status: 'ACTIVE',
  networkMode: 'host',
  pidMode: 'host',
  taskRoleArn: `arn:aws:iam::${ACCOUNT}:role/web-task`,
  executionRoleArn: `arn:aws:iam::${ACCOUNT}:role/ecsTaskExecutionRole`,
  requiresCompatibilities: ['EC2'],
  volumes: [
    { name: 'docker', host: { sourcePath: '/var/run/docker.sock' } },
    { name: 'scratch', dockerVolumeConfiguration: { scope: 'task', driver: 'local' } },
  ],
  containerDefinitions: [
    {
      name: 'app',
      image: 'nginx:1.27',
      privileged: true,
      essential: true,
      environment: [
        { name: 'AWS_ACCESS_KEY_ID', value: SECRET },
        { name: 'LOG_LEVEL', value: 'info' },
      ],
      secrets: [{ name: 'DB_PASSWORD', valueFrom: `arn:aws:secretsmanager:us-east-1:${ACCOUNT}:secret:db-AbCdEf` }],
      mountPoints: [{ sourceVolume: 'docker', containerPath: '/var/run/docker.sock' }],
    },
    {
      name: 'log-router',
      image: 'public.ecr.aws/aws-observability/aws-for-fluent-bit:stable',
      user: '1000',
      readonlyRootFilesystem: true,
      logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': '/ecs/web' } },
    },
  ],
}

const raw = (over: Partial<EcsRaw> = {}): EcsRaw => ({
  clusters: [
    {
      arn: CLUSTER,
      cluster: {
        ok: true,
        value: {
          clusterArn: CLUSTER,
          clusterName: 'prod',
          status: 'ACTIVE',
          settings: [{ name: 'containerInsights', value: 'disabled' }],
          configuration: { executeCommandConfiguration: { logging: 'NONE' } },
          tags: [{ key: 'env', value: 'prod' }],
        },
      },
    },
  ],
  taskDefinitions: [{ arn: TD, definition: { ok: true, value: definition } }],
  services: [
    {
      arn: SERVICE,
      clusterArn: CLUSTER,
      service: {
        ok: true,
        value: {
          serviceArn: SERVICE,
          serviceName: 'web',
          clusterArn: CLUSTER,
          launchType: 'FARGATE',
          taskDefinition: TD,
          networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-1'], securityGroups: ['sg-1'], assignPublicIp: 'ENABLED' } },
        },
      },
    },
  ],
  ...over,
})

const byType = <A>(list: ReturnType<typeof normalizeEcs>, type: string) =>
  list.filter((r) => r.type === type) as unknown as { uid: string; name: string; tags: Record<string, string>; attributes: A }[]

describe('normalizeEcs', () => {
  it('a cluster with settings and ECS Exec configuration', () => {
    const [c] = byType<EcsClusterAttributes>(normalizeEcs(raw(), scope), AWS.ecsCluster)
    expect(c).toMatchObject({
      uid: CLUSTER,
      name: 'prod',
      tags: { env: 'prod' },
      attributes: { containerInsights: 'disabled', execCommandLogging: 'NONE' },
    })
  })

  it('a task definition: containers, host volumes and environment secrets without values', () => {
    const resources = normalizeEcs(raw(), scope)
    const [td] = byType<EcsTaskDefinitionAttributes>(resources, AWS.ecsTaskDefinition)
    expect(td!.uid).toBe(TD)
    expect(td!.name).toBe('web:7')
    expect(td!.attributes).toMatchObject({
      family: 'web',
      revision: 7,
      networkMode: 'host',
      pidMode: 'host',
      hostVolumes: [{ name: 'docker', sourcePath: '/var/run/docker.sock' }],
      environmentSecrets: [{ location: 'container app environment variable AWS_ACCESS_KEY_ID', kind: 'AWS access key ID' }],
    })
    expect(td!.attributes.containers).toEqual([
      {
        name: 'app',
        image: 'nginx:1.27',
        privileged: true,
        user: null,
        readonlyRootFilesystem: false,
        logDriver: null,
        environmentNames: ['AWS_ACCESS_KEY_ID', 'LOG_LEVEL'],
        secretNames: ['DB_PASSWORD'],
      },
      {
        name: 'log-router',
        image: 'public.ecr.aws/aws-observability/aws-for-fluent-bit:stable',
        privileged: false,
        user: '1000',
        readonlyRootFilesystem: true,
        logDriver: 'awslogs',
        environmentNames: [],
        secretNames: [],
      },
    ])
    expect(JSON.stringify(resources)).not.toContain(SECRET)
  })

  it('a service in awsvpc mode', () => {
    const [s] = byType<EcsServiceAttributes>(normalizeEcs(raw(), scope), AWS.ecsService)
    expect(s).toMatchObject({
      uid: SERVICE,
      name: 'web',
      attributes: { clusterArn: CLUSTER, launchType: 'FARGATE', assignPublicIp: 'ENABLED', taskDefinition: TD },
    })
  })

  it('awsvpc without assignPublicIp is DISABLED (the API default); no awsvpc configuration is null', () => {
    const service = (networkConfiguration: object | undefined) =>
      raw({
        services: [
          { arn: SERVICE, clusterArn: CLUSTER, service: { ok: true, value: { serviceArn: SERVICE, serviceName: 'web', networkConfiguration } } },
        ],
      })
    const [a] = byType<EcsServiceAttributes>(normalizeEcs(service({ awsvpcConfiguration: { subnets: ['subnet-1'] } }), scope), AWS.ecsService)
    const [b] = byType<EcsServiceAttributes>(normalizeEcs(service(undefined), scope), AWS.ecsService)
    expect(a!.attributes.assignPublicIp).toBe('DISABLED')
    expect(b!.attributes.assignPublicIp).toBeNull()
  })

  it('failed describe calls leave attributes Unknown; an item missing from a batch answer too', () => {
    const denied = { ok: false as const, reason: 'AccessDeniedException', code: 'AccessDeniedException' }
    const resources = normalizeEcs(
      raw({
        clusters: [{ arn: CLUSTER, cluster: denied }],
        taskDefinitions: [{ arn: TD, definition: denied }],
        services: [{ arn: SERVICE, clusterArn: CLUSTER, service: { ok: true, value: null } }],
      }),
      scope,
    )
    const [c] = byType<EcsClusterAttributes>(resources, AWS.ecsCluster)
    const [td] = byType<EcsTaskDefinitionAttributes>(resources, AWS.ecsTaskDefinition)
    const [s] = byType<EcsServiceAttributes>(resources, AWS.ecsService)
    expect(c!.name).toBe('prod')
    expect(isUnknown(c!.attributes.containerInsights)).toBe(true)
    expect(td!.attributes).toMatchObject({ family: 'web', revision: 7 })
    expect(isUnknown(td!.attributes.containers)).toBe(true)
    expect(isUnknown(td!.attributes.environmentSecrets)).toBe(true)
    expect(s!.name).toBe('web')
    expect(isUnknown(s!.attributes.assignPublicIp)).toBe(true)
  })
})

describe('latestRevisions', () => {
  it('keeps the highest revision of each family', () => {
    const arn = (f: string, r: number) => `arn:aws:ecs:us-east-1:${ACCOUNT}:task-definition/${f}:${r}`
    expect(latestRevisions([arn('web', 2), arn('web', 10), arn('worker', 1), arn('web', 9)]).sort()).toEqual([arn('web', 10), arn('worker', 1)])
  })
})
