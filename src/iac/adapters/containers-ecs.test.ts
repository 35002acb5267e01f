import { describe, expect, it } from 'vitest'
import { scanFixtures, verdicts } from '../../scan/iac-testing.js'
import { adaptAll } from '../adapt.js'
import { judge, tf } from '../../scan/iac-adapter-testing.js'

const NOW = new Date('2026-04-15T00:00:00Z')

const TASK_CHECKS = [
  'aws-ecs-task-definition-logging-configured',
  'aws-ecs-task-definition-no-host-network-mode',
  'aws-ecs-task-definition-no-host-pid-mode',
  'aws-ecs-task-definition-no-privileged-containers',
  'aws-ecs-task-definition-no-sensitive-host-mounts',
  'aws-ecs-task-definition-non-root-user',
  'aws-ecs-task-definition-read-only-root-filesystem',
]

describe('ECS from CloudFormation', async () => {
  const { findings, report } = await scanFixtures('test/fixtures/iac/ecs/cloudformation', { now: NOW })

  it('reads cluster settings and the ECS Exec logging configuration', () => {
    expect(verdicts(findings, 'aws-ecs-cluster-container-insights-enabled')).toEqual([
      ['BadCluster', 'fail', 11],
      ['GoodCluster', 'pass', 21],
    ])
    expect(verdicts(findings, 'aws-ecs-cluster-exec-logging-enabled')).toEqual([
      ['BadCluster', 'fail', 11],
      ['GoodCluster', 'pass', 21],
    ])
  })

  it.each(TASK_CHECKS)('%s fails the bad task definition and passes the others', (checkId) => {
    expect(verdicts(findings, checkId)).toEqual([
      ['BadTaskDefinition', 'fail', 33],
      ['GoodTaskDefinition', 'pass', 55],
      ['ParameterTaskDefinition', 'pass', 86],
    ])
  })

  it('finds a credential in a plain environment variable, and leaves one from a parameter without default unjudged', () => {
    expect(verdicts(findings, 'aws-ecs-task-definition-no-secrets-in-environment')).toEqual([
      ['BadTaskDefinition', 'fail', 33],
      ['GoodTaskDefinition', 'pass', 55],
    ])
    const skipped = report.iac.notEvaluated.filter((n) => n.checkId === 'aws-ecs-task-definition-no-secrets-in-environment')
    expect(skipped.map((n) => [n.location.address, n.location.startLine])).toEqual([['ParameterTaskDefinition', 86]])
    expect(skipped[0]?.reason).toContain('DB_PASSWORD')
  })

  it('reads assignPublicIp, with DISABLED as the default of an awsvpc configuration', () => {
    expect(verdicts(findings, 'aws-ecs-service-no-public-ip')).toEqual([
      ['PublicService', 'fail', 108],
      ['PrivateService', 'pass', 120],
    ])
  })

  it('never shows the credential value in a finding message', () => {
    const messages = report.findings.map((f) => f.message).join('\n')
    expect(messages).not.toContain('Zq8!rT2#vLx9Wm4K')
    expect(report.iac.problems).toEqual([])
    expect(report.iac.unsupportedTypes).toEqual({})
  })
})

describe('ECS from Terraform HCL', async () => {
  const { findings, report } = await scanFixtures('test/fixtures/iac/ecs/terraform', { now: NOW })

  it('judges clusters, task definitions and services', () => {
    expect(verdicts(findings, 'aws-ecs-cluster-container-insights-enabled')).toEqual([
      ['aws_ecs_cluster.bad', 'fail', 7],
      ['aws_ecs_cluster.good', 'pass', 22],
    ])
    expect(verdicts(findings, 'aws-ecs-cluster-exec-logging-enabled')).toEqual([
      ['aws_ecs_cluster.bad', 'fail', 7],
      ['aws_ecs_cluster.good', 'pass', 22],
    ])
    for (const checkId of TASK_CHECKS) {
      expect(verdicts(findings, checkId), checkId).toEqual([
        ['aws_ecs_task_definition.bad', 'fail', 31],
        ['aws_ecs_task_definition.good', 'pass', 63],
        ['aws_ecs_task_definition.variable', 'pass', 101],
      ])
    }
    expect(verdicts(findings, 'aws-ecs-task-definition-no-secrets-in-environment')).toEqual([
      ['aws_ecs_task_definition.bad', 'fail', 31],
      ['aws_ecs_task_definition.good', 'pass', 63],
    ])
    expect(
      report.iac.notEvaluated.filter((n) => n.checkId === 'aws-ecs-task-definition-no-secrets-in-environment').map((n) => n.location.address),
    ).toEqual(['aws_ecs_task_definition.variable'])
    expect(verdicts(findings, 'aws-ecs-service-no-public-ip')).toEqual([
      ['aws_ecs_service.public', 'fail', 129],
      ['aws_ecs_service.private', 'pass', 142],
    ])
  })
})

describe('ECS Terraform adapters (planned values)', () => {
  const containers = (defs: unknown[]) => JSON.stringify(defs)

  it('reads container_definitions JSON, volumes, settings and the network configuration', async () => {
    const judged = await judge([
      tf('aws_ecs_cluster', 'bad', {
        name: 'bad-cluster',
        setting: [{ name: 'containerInsights', value: 'disabled' }],
        configuration: [{ execute_command_configuration: [{ logging: 'NONE' }] }],
      }),
      tf('aws_ecs_cluster', 'plain', { name: 'plain-cluster' }),
      tf('aws_ecs_task_definition', 'bad', {
        family: 'bad-task',
        network_mode: 'host',
        pid_mode: 'host',
        volume: [{ name: 'root', host_path: '/' }],
        container_definitions: containers([
          { name: 'app', image: 'nginx', privileged: true, user: 'root', environment: [{ name: 'DB_PASSWORD', value: 'Zq8!rT2#vLx9Wm4K' }] },
        ]),
      }),
      tf('aws_ecs_task_definition', 'good', {
        family: 'good-task',
        network_mode: 'awsvpc',
        volume: [{ name: 'scratch' }],
        container_definitions: containers([
          { name: 'app', image: 'nginx', user: '1000', readonlyRootFilesystem: true, logConfiguration: { logDriver: 'awslogs' } },
        ]),
      }),
      tf('aws_ecs_service', 'public', { name: 'public', network_configuration: [{ subnets: ['subnet-1'], assign_public_ip: true }] }),
      tf('aws_ecs_service', 'bridge', { name: 'bridge' }),
    ])
    expect(judged.verdicts('aws-ecs-cluster-container-insights-enabled')).toEqual([
      ['aws_ecs_cluster.bad', 'fail'],
      // Not set: off unless the account default turns it on.
      ['aws_ecs_cluster.plain', 'fail'],
    ])
    expect(judged.verdicts('aws-ecs-cluster-exec-logging-enabled')).toEqual([
      ['aws_ecs_cluster.bad', 'fail'],
      ['aws_ecs_cluster.plain', 'pass'],
    ])
    for (const checkId of [...TASK_CHECKS, 'aws-ecs-task-definition-no-secrets-in-environment']) {
      expect(judged.verdicts(checkId), checkId).toEqual([
        ['aws_ecs_task_definition.bad', 'fail'],
        ['aws_ecs_task_definition.good', 'pass'],
      ])
    }
    expect(judged.verdicts('aws-ecs-service-no-public-ip')).toEqual([
      ['aws_ecs_service.public', 'fail'],
      ['aws_ecs_service.bridge', 'pass'],
    ])
    expect(judged.problems).toEqual([])
  })

  it('reads a partly unknown jsonencode result, and leaves unknown decisive fields unjudged', async () => {
    const judged = await judge([
      tf('aws_ecs_task_definition', 'partial', {
        family: 'partial',
        container_definitions: {
          $unknown: 'known only after apply: jsonencode(...)',
          partial: [
            {
              name: 'app',
              image: {
                $unknown: 'known only after apply: aws_ecr_repository.app.repository_url',
                text: '${aws_ecr_repository.app.repository_url}:1',
              },
              user: '1000',
              readonlyRootFilesystem: true,
              logConfiguration: { logDriver: 'awslogs' },
              environment: [{ name: 'DB_HOST', value: { $ref: 'aws_db_instance.db', attribute: 'address' } }],
            },
          ],
        },
      }),
      tf('aws_ecs_task_definition', 'user_unknown', {
        family: 'user-unknown',
        container_definitions: { $unknown: 'jsonencode', partial: [{ name: 'app', image: 'nginx', user: { $unknown: 'var.user' } }] },
      }),
      tf('aws_ecs_task_definition', 'opaque', { family: 'opaque', container_definitions: { $unknown: 'known only after apply: module output' } }),
    ])
    // An unknown image is only a label; a reference under a non-secret name (DB_HOST) is not a credential.
    expect(judged.verdicts('aws-ecs-task-definition-non-root-user')).toEqual([['aws_ecs_task_definition.partial', 'pass']])
    expect(judged.verdicts('aws-ecs-task-definition-no-secrets-in-environment')).toEqual([['aws_ecs_task_definition.partial', 'pass']])
    const skipped = judged.notEvaluated.filter(([id]) => id === 'aws-ecs-task-definition-non-root-user').map(([, address]) => address)
    expect(skipped).toEqual(['aws_ecs_task_definition.user_unknown', 'aws_ecs_task_definition.opaque'])
    // The network mode does not depend on the containers: it is judged on all three.
    expect(judged.verdicts('aws-ecs-task-definition-no-host-network-mode').map(([, s]) => s)).toEqual(['pass', 'pass', 'pass'])
  })

  it('links a service to the cluster and task definition declared in the same code', () => {
    const cluster = tf('aws_ecs_cluster', 'main', { name: 'main' })
    const task = tf('aws_ecs_task_definition', 'web', { family: 'web', container_definitions: '[]' })
    const svc = tf('aws_ecs_service', 'web', {
      name: 'web',
      cluster: { $ref: 'aws_ecs_cluster.main', attribute: 'id' },
      task_definition: { $ref: 'aws_ecs_task_definition.web', attribute: 'arn' },
    })
    const service = adaptAll([cluster, task, svc]).resources.find((r) => r.type === 'aws.ecs.service')
    expect(service?.relations).toEqual([
      { kind: 'in-cluster', target: 'tf:test:aws_ecs_cluster.main' },
      { kind: 'runs-task-definition', target: 'tf:test:aws_ecs_task_definition.web' },
    ])
    expect(service?.attributes).toMatchObject({ clusterArn: 'tf:test:aws_ecs_cluster.main', assignPublicIp: null })
  })
})
