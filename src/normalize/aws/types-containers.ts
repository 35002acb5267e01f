/**
 * Normalized types for ECS, EKS, CodeBuild. Type ids are merged into `AWS` in types.ts; import shared shapes from
 * './types.js' with `import type` only (types.ts re-exports this file, so a value import would be a cycle).
 */
import type { Maybe } from '../../core/unknown.js'
import type { SecretHit } from '../secrets.js'

/** Resource type ids of this group. */
export const CONTAINERS_TYPES = {
  ecsCluster: 'aws.ecs.cluster',
  ecsTaskDefinition: 'aws.ecs.task-definition',
  ecsService: 'aws.ecs.service',
  eksCluster: 'aws.eks.cluster',
  eksNodegroup: 'aws.eks.nodegroup',
  codebuildProject: 'aws.codebuild.project',
  codebuildSourceCredentials: 'aws.codebuild.source-credentials',
} as const

// ---------------------------------------------------------------- ECS

/** aws.ecs.cluster — uid = cluster ARN. DescribeClusters (include SETTINGS, CONFIGURATIONS) may fail: those attributes are Maybe. */
export interface EcsClusterAttributes {
  clusterName: string
  /** The containerInsights cluster setting ('enabled', 'enhanced', 'disabled'); null = not set (account default applies). */
  containerInsights: Maybe<string | null>
  /** executeCommandConfiguration.logging ('NONE', 'DEFAULT', 'OVERRIDE'); null = not configured (AWS applies DEFAULT). */
  execCommandLogging: Maybe<string | null>
}

/** One container of a task definition, reduced to its security-relevant settings (never environment values). */
export interface EcsContainer {
  name: string
  image: string
  privileged: boolean
  /** The `user` parameter (user, user:group, uid or uid:gid); null = not set (the image's user, root by default). */
  user: string | null
  readonlyRootFilesystem: boolean
  /** logConfiguration.logDriver; null = no log configuration. */
  logDriver: string | null
  /** Names of plain `environment` variables (values are never kept). */
  environmentNames: string[]
  /** Names of variables injected from Secrets Manager or Parameter Store (`secrets`). */
  secretNames: string[]
}

/** A task volume backed by a path on the container instance (bind mount with host.sourcePath). */
export interface EcsHostVolume {
  name: string
  sourcePath: string
}

/**
 * aws.ecs.task-definition — uid = task definition ARN (`...:task-definition/<family>:<revision>`). Posture collects the
 * latest ACTIVE revision of each family. Every attribute but family/revision comes from DescribeTaskDefinition.
 */
export interface EcsTaskDefinitionAttributes {
  family: string
  revision: number
  /** networkMode ('awsvpc', 'bridge', 'host', 'none'); null = not set (bridge on Linux EC2). */
  networkMode: Maybe<string | null>
  /** pidMode ('host', 'task'); null = not set (a private namespace per container). */
  pidMode: Maybe<string | null>
  containers: Maybe<EcsContainer[]>
  hostVolumes: Maybe<EcsHostVolume[]>
  /** Credentials found in the containers' plain environment variables (locations and kinds only). */
  environmentSecrets: Maybe<SecretHit[]>
  taskRoleArn: Maybe<string | null>
}

/** aws.ecs.service — uid = service ARN. Attributes other than the name come from DescribeServices. */
export interface EcsServiceAttributes {
  serviceName: string
  clusterArn: string
  launchType: Maybe<string | null>
  /** awsvpcConfiguration.assignPublicIp ('ENABLED' | 'DISABLED'); null = no awsvpc network configuration. */
  assignPublicIp: Maybe<string | null>
  taskDefinition: Maybe<string | null>
}

// ---------------------------------------------------------------- EKS

/** aws.eks.cluster — uid = cluster ARN. Everything but the name comes from DescribeCluster. */
export interface EksClusterAttributes {
  clusterName: string
  /** Kubernetes minor version, e.g. '1.31'. */
  version: Maybe<string | null>
  endpointPublicAccess: Maybe<boolean>
  endpointPrivateAccess: Maybe<boolean>
  /** CIDR blocks allowed to reach the public endpoint ([] when the public endpoint is off). */
  publicAccessCidrs: Maybe<string[]>
  /** KMS key ARN used for envelope encryption of Kubernetes secrets; null = not configured. */
  secretsKmsKeyArn: Maybe<string | null>
  /** Control-plane log types that are enabled (api, audit, authenticator, controllerManager, scheduler). */
  enabledLogTypes: Maybe<string[]>
}

/** aws.eks.nodegroup — uid = node group ARN. */
export interface EksNodegroupAttributes {
  nodegroupName: string
  clusterName: string
  /** remoteAccess of the node group; null = SSH remote access not configured. */
  remoteAccess: Maybe<{ ec2SshKey: string | null; sourceSecurityGroups: string[] } | null>
}

// ---------------------------------------------------------------- CodeBuild

/** A CodeBuild project source with its location stripped of any credentials. */
export interface CodeBuildSource {
  /** 'primary' or the secondary source identifier. */
  id: string
  type: string
  /** The location with any user:password@ part replaced by `***@`; null = none. */
  location: string | null
}

/** A CodeBuild artifact output. */
export interface CodeBuildArtifact {
  /** 'primary' or the secondary artifact identifier. */
  id: string
  type: string
  encryptionDisabled: boolean
}

/** aws.codebuild.project — uid = project ARN. Everything but the name comes from BatchGetProjects. */
export interface CodeBuildProjectAttributes {
  projectName: string
  privilegedMode: Maybe<boolean>
  /** Build environment variables: names and types only (PLAINTEXT, PARAMETER_STORE, SECRETS_MANAGER). */
  environmentVariables: Maybe<{ name: string; type: string }[]>
  /** Credentials found in PLAINTEXT environment variables (locations and kinds only). */
  plaintextSecrets: Maybe<SecretHit[]>
  sources: Maybe<CodeBuildSource[]>
  /** Credentials embedded in source locations (user:token@host), locations and kinds only. */
  sourceCredentials: Maybe<SecretHit[]>
  artifacts: Maybe<CodeBuildArtifact[]>
  cloudWatchLogsEnabled: Maybe<boolean>
  s3LogsEnabled: Maybe<boolean>
  /** s3Logs.encryptionDisabled; null when S3 logs are off. */
  s3LogsEncryptionDisabled: Maybe<boolean | null>
  /** 'PRIVATE' or 'PUBLIC_READ' (public build results). */
  projectVisibility: Maybe<string>
}

/**
 * aws.codebuild.source-credentials — one per region, uid settingUid(acct, region, 'codebuild-source-credentials'):
 * credentials CodeBuild stores for GitHub, GitHub Enterprise, Bitbucket and GitLab.
 */
export interface CodeBuildSourceCredentialsAttributes {
  credentials: Maybe<{ arn: string; serverType: string; authType: string }[]>
}
