/**
 * Normalized types for Auto Scaling, EC2 launch templates, Lambda, ECR. Type ids are merged into `AWS` in types.ts; import shared shapes from
 * './types.js' with `import type` only (types.ts re-exports this file, so a value import would be a cycle).
 */
import type { Maybe } from '../../core/unknown.js'
import type { SecretHit } from '../secrets.js'
import type { PolicyDocument } from './types.js'

/** Resource type ids of this group. */
export const COMPUTE_TYPES = {
  autoscalingGroup: 'aws.autoscaling.group',
  autoscalingLaunchConfiguration: 'aws.autoscaling.launch-configuration',
  ec2LaunchTemplate: 'aws.ec2.launch-template',
  lambdaFunction: 'aws.lambda.function',
  ecrRepository: 'aws.ecr.repository',
} as const

// ---------------------------------------------------------------- launch settings (launch templates, launch configurations)

/** One EBS block device mapping of a launch template version or launch configuration. */
export interface LaunchEbsVolume {
  deviceName: string
  /** Ebs.Encrypted; null = not set (the snapshot's encryption or the region's EBS encryption by default decides). */
  encrypted: boolean | null
  kmsKeyId: string | null
  snapshotId: string | null
}

/** How instances launched from a template or launch configuration will be configured. */
export interface LaunchSettings {
  /** MetadataOptions; null = not set (the AMI's or the account's IMDS default applies, IMDSv1 allowed unless changed). */
  metadataOptions: {
    /** null = not set in the options. */
    httpTokens: 'optional' | 'required' | null
    /** null = not set (enabled by default). */
    httpEndpoint: 'enabled' | 'disabled' | null
  } | null
  /** Explicit AssociatePublicIpAddress (on any network interface for templates); null = not set (the subnet decides). */
  associatePublicIp: boolean | null
  ebsVolumes: LaunchEbsVolume[]
  /** Credentials found in the user data (values never kept); null = no user data; Unknown when it cannot be read. */
  userDataSecrets: Maybe<SecretHit[] | null>
}

/** One version of a launch template. */
export interface LaunchTemplateVersion extends LaunchSettings {
  versionNumber: number
  isDefault: boolean
}

/**
 * aws.ec2.launch-template — uid `arn:aws:ec2:<region>:<acct>:launch-template/<id>`. `versions` holds the default
 * and the latest version (one entry when they are the same): the versions that launches use unless told otherwise.
 */
export interface LaunchTemplateAttributes {
  launchTemplateId: string
  launchTemplateName: string
  defaultVersionNumber: number | null
  latestVersionNumber: number | null
  versions: Maybe<LaunchTemplateVersion[]>
}

/** aws.autoscaling.launch-configuration — uid = launch configuration ARN. */
export interface LaunchConfigurationAttributes extends LaunchSettings {
  launchConfigurationName: string
  imageId: string
  createdTime: string | null
}

/** aws.autoscaling.group — uid = Auto Scaling group ARN. Relations: 'uses-launch-template', 'uses-launch-configuration'. */
export interface AutoScalingGroupAttributes {
  autoScalingGroupName: string
  /** LaunchTemplate, or the one in MixedInstancesPolicy; null = none. */
  launchTemplate: { id: string | null; name: string | null; version: string | null } | null
  /** null = the group does not use a launch configuration. */
  launchConfigurationName: string | null
  availabilityZones: string[]
  subnetIds: string[]
  /** 'EC2', 'ELB', 'VPC_LATTICE', 'EBS' (comma-separated combinations are possible). */
  healthCheckType: string
  /** Classic Load Balancer names, target group ARNs and other traffic sources attached to the group. */
  loadBalancerNames: string[]
  targetGroupArns: string[]
  trafficSources: { identifier: string; type: string | null }[]
  minSize: number
  maxSize: number
  desiredCapacity: number | null
}

// ---------------------------------------------------------------- Lambda

/** aws.lambda.function — uid = function ARN (unqualified). Relations: 'uses-role', 'uses-kms-key', 'in-subnet'. */
export interface LambdaFunctionAttributes {
  functionName: string
  /** null for container image functions (PackageType Image), which have no managed runtime. */
  runtime: string | null
  packageType: string
  roleArn: string | null
  lastModified: string | null
  /** Environment variable names (values are never kept). */
  environmentVariableNames: string[]
  /** Credentials found in environment variables; null = no variables; Unknown when Lambda could not return them. */
  environmentSecrets: Maybe<SecretHit[] | null>
  /** KMS key for environment variables; null = the AWS-managed key aws/lambda. */
  kmsKeyArn: string | null
  /** TracingConfig.Mode: 'Active' or 'PassThrough'. */
  tracingMode: string
  /** DeadLetterConfig.TargetArn; null = no dead-letter queue. */
  deadLetterTargetArn: string | null
  /** GetFunctionEventInvokeConfig DestinationConfig.OnFailure.Destination; null = none configured. */
  onFailureDestination: Maybe<string | null>
  /** VpcConfig; null = not attached to a VPC. */
  vpc: { vpcId: string; subnetIds: string[]; securityGroupIds: string[] } | null
  /** GetPolicy; null = no resource-based policy. */
  policy: Maybe<PolicyDocument | null>
  /** GetFunctionUrlConfig for the unqualified function; null = no function URL. */
  functionUrl: Maybe<{ url: string; authType: string } | null>
  /** GetFunctionCodeSigningConfig; null = no code signing configuration. */
  codeSigningConfigArn: Maybe<string | null>
}

// ---------------------------------------------------------------- ECR

/** Registry-level scanning configuration (GetRegistryScanningConfiguration), shared by every repository of a region. */
export interface EcrRegistryScanning {
  /** 'BASIC' or 'ENHANCED'. */
  scanType: string
  /** Scan rules: frequency ('SCAN_ON_PUSH', 'CONTINUOUS_SCAN', 'MANUAL') and WILDCARD repository filters. */
  rules: { frequency: string; filters: string[] }[]
}

/** aws.ecr.repository — uid = repository ARN. Relation 'uses-kms-key' when encrypted with a KMS key. */
export interface EcrRepositoryAttributes {
  repositoryName: string
  repositoryUri: string | null
  /** 'MUTABLE', 'IMMUTABLE', 'MUTABLE_WITH_EXCLUSION' or 'IMMUTABLE_WITH_EXCLUSION'. */
  imageTagMutability: string
  /** Repository-level imageScanningConfiguration.scanOnPush (superseded by registry rules when these match). */
  scanOnPush: boolean
  /** 'AES256', 'KMS' or 'KMS_DSSE'. */
  encryptionType: string
  kmsKey: string | null
  /** GetRepositoryPolicy; null = no repository policy. */
  policy: Maybe<PolicyDocument | null>
  /** GetLifecyclePolicy; null = no lifecycle policy. */
  lifecyclePolicy: Maybe<{ ruleCount: number } | null>
  /** The region's registry scanning configuration. */
  registryScanning: Maybe<EcrRegistryScanning>
}
