/** Test fixtures for ECS checks (not a check: no `aws-` prefix). */
import {
  AWS,
  type EcsClusterAttributes,
  type EcsContainer,
  type EcsServiceAttributes,
  type EcsTaskDefinitionAttributes,
} from '../../../normalize/aws/types.js'
import { awsFixture } from '../../_shared/testing.js'

/** A container that passes every container check. */
export const goodContainer = (over: Partial<EcsContainer> = {}): EcsContainer => ({
  name: 'app',
  image: '111122223333.dkr.ecr.us-east-1.amazonaws.com/app:1.4.2',
  privileged: false,
  user: '1000:1000',
  readonlyRootFilesystem: true,
  logDriver: 'awslogs',
  environmentNames: ['LOG_LEVEL'],
  secretNames: ['DB_PASSWORD'],
  ...over,
})

export const taskDefinition = (attrs: Partial<EcsTaskDefinitionAttributes> = {}) =>
  awsFixture<EcsTaskDefinitionAttributes>(
    AWS.ecsTaskDefinition,
    {
      family: 'web',
      revision: 3,
      networkMode: 'awsvpc',
      pidMode: null,
      containers: [goodContainer()],
      hostVolumes: [],
      environmentSecrets: [],
      taskRoleArn: 'arn:aws:iam::111122223333:role/web-task',
      ...attrs,
    },
    { name: 'web:3', uid: 'arn:aws:ecs:us-east-1:111122223333:task-definition/web:3' },
  )

export const cluster = (attrs: Partial<EcsClusterAttributes> = {}) =>
  awsFixture<EcsClusterAttributes>(
    AWS.ecsCluster,
    { clusterName: 'prod', containerInsights: 'enabled', execCommandLogging: null, ...attrs },
    { name: 'prod', uid: 'arn:aws:ecs:us-east-1:111122223333:cluster/prod' },
  )

export const service = (attrs: Partial<EcsServiceAttributes> = {}) =>
  awsFixture<EcsServiceAttributes>(
    AWS.ecsService,
    {
      serviceName: 'web',
      clusterArn: 'arn:aws:ecs:us-east-1:111122223333:cluster/prod',
      launchType: 'FARGATE',
      assignPublicIp: 'DISABLED',
      taskDefinition: 'arn:aws:ecs:us-east-1:111122223333:task-definition/web:3',
      ...attrs,
    },
    { name: 'web', uid: 'arn:aws:ecs:us-east-1:111122223333:service/prod/web' },
  )
