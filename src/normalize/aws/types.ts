/**
 * Typed attributes of every normalized AWS resource type. Collectors' raw API shapes become these; IaC adapters
 * will produce them too. Conventions: `null` = known to be absent/unset, `Maybe<T>` = may be Unknown (not
 * collected, with a reason), dates are ISO-8601 strings, IAM policy documents are parsed JSON objects.
 */
import type { Maybe } from '../../core/unknown.js'
import { EDGE_TYPES } from './types-edge.js'
import { COMPUTE_TYPES } from './types-compute.js'
import { CONTAINERS_TYPES } from './types-containers.js'
import { DATASTORES_TYPES } from './types-datastores.js'
import { MANAGEMENT_TYPES } from './types-management.js'
import { INTEGRATION_TYPES } from './types-integration.js'
import { IDENTITY_TYPES } from './types-identity.js'
export type * from './types-edge.js'
export type * from './types-compute.js'
export type * from './types-containers.js'
export type * from './types-datastores.js'
export type * from './types-management.js'
export type * from './types-integration.js'
export type * from './types-identity.js'

/** Resource type ids (stable; used in check metadata, reports and docs). */
export const AWS = {
  account: 'aws.account',
  iamRootUser: 'aws.iam.root-user',
  iamPasswordPolicy: 'aws.iam.password-policy',
  iamUser: 'aws.iam.user',
  iamGroup: 'aws.iam.group',
  iamRole: 'aws.iam.role',
  iamPolicy: 'aws.iam.policy',
  iamInstanceProfile: 'aws.iam.instance-profile',
  s3Bucket: 'aws.s3.bucket',
  s3AccountPublicAccessBlock: 'aws.s3.account-public-access-block',
  ec2Instance: 'aws.ec2.instance',
  ec2SecurityGroup: 'aws.ec2.security-group',
  ec2NetworkAcl: 'aws.ec2.network-acl',
  ec2Vpc: 'aws.ec2.vpc',
  ec2Subnet: 'aws.ec2.subnet',
  ec2Volume: 'aws.ec2.volume',
  ec2Snapshot: 'aws.ec2.snapshot',
  ec2Image: 'aws.ec2.image',
  ec2EbsEncryptionDefault: 'aws.ec2.ebs-encryption-default',
  cloudtrailTrail: 'aws.cloudtrail.trail',
  kmsKey: 'aws.kms.key',
  rdsInstance: 'aws.rds.db-instance',
  rdsSnapshot: 'aws.rds.db-snapshot',
  logsLogGroup: 'aws.logs.log-group',
  cloudwatchAlarm: 'aws.cloudwatch.alarm',
  configRecorders: 'aws.config.recorders',
  // EFS / SNS / SQS (issue 3; attributes in the marked block at the end of this file)
  efsFileSystem: 'aws.efs.file-system',
  snsTopic: 'aws.sns.topic',
  sqsQueue: 'aws.sqs.queue',
  // >>> security services (Access Analyzer, Security Hub, GuardDuty)
  accessAnalyzers: 'aws.accessanalyzer.analyzers',
  securityHub: 'aws.securityhub.hub',
  guardDutyDetectors: 'aws.guardduty.detectors',
  // <<< security services
  ...EDGE_TYPES,
  ...COMPUTE_TYPES,
  ...CONTAINERS_TYPES,
  ...DATASTORES_TYPES,
  ...MANAGEMENT_TYPES,
  ...INTEGRATION_TYPES,
  ...IDENTITY_TYPES,
} as const

/**
 * Documented uids for account- and region-level settings that have no ARN of their own:
 * `aws:<account>:<region|global>:<setting>`.
 */
export function settingUid(account: string, region: string, setting: string): string {
  return `aws:${account}:${region}:${setting}`
}

/** An IAM policy document as JSON (Statement may be one object or an array, per the IAM grammar). */
export type PolicyDocument = {
  Version?: string
  Id?: string
  Statement: PolicyStatement | PolicyStatement[]
}

/** One IAM policy statement. */
export interface PolicyStatement {
  Sid?: string
  Effect: 'Allow' | 'Deny'
  Principal?: '*' | Record<string, string | string[]>
  NotPrincipal?: '*' | Record<string, string | string[]>
  Action?: string | string[]
  NotAction?: string | string[]
  Resource?: string | string[]
  NotResource?: string | string[]
  Condition?: Record<string, Record<string, string | string[] | boolean | number>>
}

// ---------------------------------------------------------------- account / IAM

/** aws.account — one per account (uid settingUid(acct,'global','account')); anchor for account-wide checks. */
export interface AccountAttributes {
  accountId: string
  /** Regions scanned (enabled regions, or those named with --regions). */
  regions: string[]
  /** Accounts outside the organization declared trusted for sharing (config `trustedAccounts:`). */
  trustedAccounts: string[]
}

/** aws.iam.root-user — uid `arn:aws:iam::<acct>:root`. */
export interface RootUserAttributes {
  /** GetAccountSummary AccountMFAEnabled. */
  mfaEnabled: Maybe<boolean>
  /** True when the root MFA is a virtual device (ListVirtualMFADevices lists a root serial). */
  virtualMfa: Maybe<boolean>
  /** GetAccountSummary AccountAccessKeysPresent. */
  accessKeysPresent: Maybe<boolean>
  /** Latest use of root password or keys from the credential report's <root_account> row; null = never. */
  lastUsed: Maybe<string | null>
}

/** aws.iam.password-policy — uid settingUid(acct,'global','iam-password-policy'); `policy` null = none set. */
export interface PasswordPolicyAttributes {
  policy: Maybe<{
    minimumLength: number
    requireSymbols: boolean
    requireNumbers: boolean
    requireUppercase: boolean
    requireLowercase: boolean
    allowUsersToChangePassword: boolean
    maxPasswordAge: number | null
    passwordReusePrevention: number | null
    hardExpiry: boolean
  } | null>
}

/** An IAM access key with its last use. */
export interface AccessKey {
  id: string
  status: 'Active' | 'Inactive'
  createDate: string
  /** null = never used. */
  lastUsedDate: Maybe<string | null>
}

/** A managed policy attached to a principal. */
export interface AttachedPolicy {
  arn: string
  name: string
}

/** An inline policy with its document. */
export interface InlinePolicy {
  name: string
  document: PolicyDocument
}

/** aws.iam.user — uid = user ARN. Relations: 'member-of' → group ARN, 'has-policy' → policy ARN. */
export interface IamUserAttributes {
  userName: string
  userId: string
  createDate: string
  /** Console password set (credential report / GetLoginProfile). */
  passwordEnabled: Maybe<boolean>
  /** null = never used. */
  passwordLastUsed: Maybe<string | null>
  mfaDevices: Maybe<string[]>
  accessKeys: Maybe<AccessKey[]>
  attachedPolicies: Maybe<AttachedPolicy[]>
  inlinePolicies: Maybe<InlinePolicy[]>
  groups: Maybe<string[]>
}

/** aws.iam.group — uid = group ARN. */
export interface IamGroupAttributes {
  groupName: string
  attachedPolicies: Maybe<AttachedPolicy[]>
  inlinePolicies: Maybe<InlinePolicy[]>
}

/** aws.iam.role — uid = role ARN. */
export interface IamRoleAttributes {
  roleName: string
  path: string
  createDate: string
  /** AssumeRolePolicyDocument; Unknown when it could not be parsed. */
  trustPolicy: Maybe<PolicyDocument | null>
  attachedPolicies: Maybe<AttachedPolicy[]>
  inlinePolicies: Maybe<InlinePolicy[]>
  /** null = never used. */
  lastUsedDate: Maybe<string | null>
  /** True for service-linked roles (path /aws-service-role/). */
  isServiceLinked: boolean
}

/** aws.iam.instance-profile — uid = instance profile ARN. Relation 'uses-role' → role ARN (instance → profile → role). */
export interface IamInstanceProfileAttributes {
  instanceProfileName: string
  roleArns: string[]
}

/** aws.iam.policy — uid = policy ARN; customer-managed policies and AWS-managed ones attached to something. */
export interface IamPolicyAttributes {
  policyName: string
  isAwsManaged: boolean
  attachmentCount: number
  defaultVersionId: string
  document: Maybe<PolicyDocument>
}

// ---------------------------------------------------------------- S3

/** The four public-access-block switches; null in a parent attribute = no configuration. */
export interface PublicAccessBlock {
  blockPublicAcls: boolean
  ignorePublicAcls: boolean
  blockPublicPolicy: boolean
  restrictPublicBuckets: boolean
}

/** One ACL grant; grantee is a canonical id, an email or a group URI (AllUsers, AuthenticatedUsers). */
export interface AclGrant {
  granteeType: 'CanonicalUser' | 'Group' | 'AmazonCustomerByEmail'
  grantee: string
  permission: 'FULL_CONTROL' | 'READ' | 'WRITE' | 'READ_ACP' | 'WRITE_ACP'
}

/** aws.s3.bucket — uid `arn:aws:s3:::<name>`, region = bucket location. Relation 'uses-kms-key' → key ARN. */
export interface S3BucketAttributes {
  bucketName: string
  creationDate: string
  acl: Maybe<{ ownerId: string; grants: AclGrant[] }>
  /** null = no bucket policy. */
  policy: Maybe<PolicyDocument | null>
  /** null = no bucket-level public access block. */
  publicAccessBlock: Maybe<PublicAccessBlock | null>
  /** null = no default encryption configuration returned. */
  encryption: Maybe<{ algorithm: string; kmsKeyId: string | null; bucketKeyEnabled: boolean } | null>
  versioning: Maybe<{ status: 'Enabled' | 'Suspended' | 'Disabled'; mfaDelete: boolean }>
  /** null = server access logging off. */
  logging: Maybe<{ targetBucket: string; targetPrefix: string } | null>
  /** null = no ownership controls (ACLs enabled, pre-2023 default). */
  ownership: Maybe<'BucketOwnerEnforced' | 'BucketOwnerPreferred' | 'ObjectWriter' | null>
}

/** aws.s3.account-public-access-block — uid settingUid(acct,'global','s3-account-public-access-block'). */
export interface S3AccountPublicAccessBlockAttributes {
  /** null = not configured at account level. */
  config: Maybe<PublicAccessBlock | null>
}

// ---------------------------------------------------------------- EC2 / VPC / EBS

/** One normalized security group rule (one CIDR or group per entry); protocol '-1' = all. */
export interface SgRule {
  protocol: string
  fromPort: number | null
  toPort: number | null
  /** Exactly one of cidrIpv4, cidrIpv6, groupId, prefixListId is set. */
  cidrIpv4?: string
  cidrIpv6?: string
  groupId?: string
  prefixListId?: string
  description?: string
}

/** aws.ec2.security-group — uid `arn:aws:ec2:<region>:<acct>:security-group/<id>`. Relation 'in-vpc'. */
export interface SecurityGroupAttributes {
  groupId: string
  groupName: string
  vpcId: string | null
  isDefault: boolean
  ingress: SgRule[]
  egress: SgRule[]
  /** Number of network interfaces using the group; Unknown if not collected. */
  attachedEnis: Maybe<number>
}

/** One network ACL entry. */
export interface NaclEntry {
  ruleNumber: number
  egress: boolean
  action: 'allow' | 'deny'
  protocol: string
  cidrIpv4?: string
  cidrIpv6?: string
  fromPort: number | null
  toPort: number | null
}

/** aws.ec2.network-acl — uid `arn:aws:ec2:<region>:<acct>:network-acl/<id>`. */
export interface NetworkAclAttributes {
  networkAclId: string
  vpcId: string
  isDefault: boolean
  entries: NaclEntry[]
  subnetIds: string[]
}

/** A VPC flow log. */
export interface FlowLog {
  id: string
  status: string
  /** 'ACCEPT', 'REJECT' or 'ALL'. */
  trafficType: string
  destinationType: string
}

/** aws.ec2.vpc — uid `arn:aws:ec2:<region>:<acct>:vpc/<id>`. */
export interface VpcAttributes {
  vpcId: string
  cidrBlock: string
  isDefault: boolean
  flowLogs: Maybe<FlowLog[]>
}

/** aws.ec2.subnet — uid = subnet ARN. Relation 'in-vpc'. */
export interface SubnetAttributes {
  subnetId: string
  vpcId: string
  cidrBlock: string
  availabilityZone: string
  mapPublicIpOnLaunch: boolean
}

/** aws.ec2.instance — uid `arn:aws:ec2:<region>:<acct>:instance/<id>`. Relations: 'uses-security-group',
 * 'in-subnet', 'in-vpc', 'uses-instance-profile' → profile ARN (whose 'uses-role' leads to the role). */
export interface InstanceAttributes {
  instanceId: string
  state: string
  instanceType: string
  imageId: string
  publicIp: string | null
  securityGroupIds: string[]
  subnetId: string | null
  vpcId: string | null
  instanceProfileArn: string | null
  metadataOptions: {
    /** 'required' = IMDSv2 only. */
    httpTokens: 'optional' | 'required'
    httpEndpoint: 'enabled' | 'disabled'
    httpPutResponseHopLimit: number | null
  } | null
  launchTime: string | null
  /**
   * Credentials found in the user data (DescribeInstanceAttribute userData; values never kept, same shape as SecretHit):
   * null = no user data; Unknown when it could not be read; absent when the source does not provide it.
   */
  userDataSecrets?: Maybe<{ location: string; kind: string }[] | null>
}

/** aws.ec2.volume — uid `arn:aws:ec2:<region>:<acct>:volume/<id>`. Relation 'attached-to' → instance ARN. */
export interface VolumeAttributes {
  volumeId: string
  sizeGiB: number
  state: string
  encrypted: boolean
  kmsKeyId: string | null
  attachedInstanceIds: string[]
}

/** aws.ec2.snapshot — uid `arn:aws:ec2:<region>:<acct>:snapshot/<id>`; only snapshots owned by the account. */
export interface SnapshotAttributes {
  snapshotId: string
  volumeId: string | null
  encrypted: boolean
  /** createVolumePermission entries: 'all' for public, otherwise account ids. */
  createVolumePermissions: Maybe<string[]>
}

/** aws.ec2.image — uid `arn:aws:ec2:<region>:<acct>:image/<id>`; only AMIs owned by the account. */
export interface ImageAttributes {
  imageId: string
  isPublic: boolean
  /** launchPermission entries: 'all' for public, otherwise account ids / org ARNs. */
  launchPermissions: Maybe<string[]>
}

/** aws.ec2.ebs-encryption-default — uid settingUid(acct, region, 'ebs-encryption-by-default'). */
export interface EbsEncryptionDefaultAttributes {
  enabled: Maybe<boolean>
}

// ---------------------------------------------------------------- CloudTrail / KMS / RDS / CloudWatch / Config

/** An event selector summary (classic or advanced, normalized). */
export interface TrailEventSelectors {
  /** Management events recorded: 'All' | 'ReadOnly' | 'WriteOnly' | 'None'. */
  managementEvents: 'All' | 'ReadOnly' | 'WriteOnly' | 'None'
  /** S3 object-level data events recorded for all buckets: reads and writes. */
  s3DataEventsAllBuckets: { read: boolean; write: boolean }
}

/** aws.cloudtrail.trail — uid = trail ARN; region = home region. Relations: 'logs-to-bucket', 'uses-kms-key'. */
export interface TrailAttributes {
  name: string
  homeRegion: string
  isMultiRegion: boolean
  isOrganizationTrail: boolean
  logFileValidation: boolean
  kmsKeyId: string | null
  s3BucketName: string | null
  cloudWatchLogsLogGroupArn: string | null
  isLogging: Maybe<boolean>
  eventSelectors: Maybe<TrailEventSelectors>
}

/** aws.kms.key — uid = key ARN. */
export interface KmsKeyAttributes {
  keyId: string
  keyManager: 'CUSTOMER' | 'AWS'
  keyState: string
  keySpec: string
  keyUsage: string
  origin: string
  /** Meaningful for symmetric customer-managed keys only. */
  rotationEnabled: Maybe<boolean | null>
  policy: Maybe<PolicyDocument | null>
}

/** aws.rds.db-instance — uid = DB instance ARN. Relations: 'uses-security-group', 'uses-kms-key'. */
export interface RdsInstanceAttributes {
  dbInstanceIdentifier: string
  engine: string
  engineVersion: string
  publiclyAccessible: boolean
  storageEncrypted: boolean
  kmsKeyId: string | null
  autoMinorVersionUpgrade: boolean
  multiAz: boolean
  backupRetentionPeriod: number
  deletionProtection: boolean
  iamDatabaseAuthentication: boolean
  vpcId: string | null
  securityGroupIds: string[]
}

/** aws.rds.db-snapshot — uid = snapshot ARN (manual and automated, instance and cluster). */
export interface RdsSnapshotAttributes {
  snapshotIdentifier: string
  snapshotType: string
  isCluster: boolean
  encrypted: boolean
  /** 'restore' attribute values: 'all' for public, otherwise account ids. */
  restoreAccounts: Maybe<string[]>
}

/** A CloudWatch Logs metric filter. */
export interface MetricFilter {
  name: string
  pattern: string
  metrics: { namespace: string; name: string }[]
}

/** aws.logs.log-group — uid = log group ARN (without ':*'). */
export interface LogGroupAttributes {
  logGroupName: string
  retentionInDays: number | null
  kmsKeyId: string | null
  metricFilters: Maybe<MetricFilter[]>
}

/** aws.cloudwatch.alarm — uid = alarm ARN. */
export interface AlarmAttributes {
  alarmName: string
  namespace: string | null
  metricName: string | null
  actionsEnabled: boolean
  alarmActions: string[]
}

/** aws.config.recorders — uid settingUid(acct, region, 'config-recorders'). */
export interface ConfigRecordersAttributes {
  recorders: Maybe<
    {
      name: string
      allSupported: boolean
      includeGlobalResourceTypes: boolean
      recording: boolean
      lastStatus: string | null
    }[]
  >
  deliveryChannels: Maybe<{ name: string; s3BucketName: string | null }[]>
}

// ---------------------------------------------------------------- IAM server certificates (brief: more checks on collected services)

/** Resource type id of IAM server certificates (ListServerCertificates); kept apart from `AWS` so parallel blocks do not collide. */
export const AWS_IAM_SERVER_CERTIFICATE = 'aws.iam.server-certificate'

/** aws.iam.server-certificate — uid = certificate ARN, region 'global'. */
export interface IamServerCertificateAttributes {
  serverCertificateName: string
  /** Expiration as ISO-8601; null if IAM did not report one. */
  expiration: string | null
  /** Upload date as ISO-8601; null if not reported. */
  uploadDate: string | null
}

// ---------------------------------------------------------------- >>> security services (Access Analyzer, Security Hub, GuardDuty)

/** One IAM Access Analyzer analyzer (ListAnalyzers). */
export interface AccessAnalyzer {
  name: string
  arn: string
  /** ACCOUNT / ORGANIZATION (external access) or *_UNUSED_ACCESS / *_INTERNAL_ACCESS. */
  type: string
  /** ACTIVE | CREATING | DISABLED | FAILED. */
  status: string
}

/** aws.accessanalyzer.analyzers — uid settingUid(acct, region, 'access-analyzers'); always one per region. */
export interface AccessAnalyzersAttributes {
  analyzers: Maybe<AccessAnalyzer[]>
}

/** aws.securityhub.hub — uid settingUid(acct, region, 'securityhub-hub'); always one per region. */
export interface SecurityHubAttributes {
  /** DescribeHub succeeded (true) or answered InvalidAccessException "not subscribed" (false). */
  enabled: Maybe<boolean>
  /** null when the hub is not enabled. */
  hubArn: string | null
  /** GetEnabledStandards; null when the hub is not enabled. */
  enabledStandards: Maybe<{ standardsArn: string; status: string }[] | null>
}

/** One GuardDuty detector with its GetDetector status. */
export interface GuardDutyDetector {
  detectorId: string
  /** 'ENABLED' | 'DISABLED'. */
  status: Maybe<string>
}

/** aws.guardduty.detectors — uid settingUid(acct, region, 'guardduty-detectors'); always one per region. */
export interface GuardDutyDetectorsAttributes {
  detectors: Maybe<GuardDutyDetector[]>
}
// <<< security services

// ---------------------------------------------------------------- EFS / SNS / SQS (issue 3)

/** aws.efs.file-system — uid = file system ARN. Relation 'uses-kms-key' → key ARN. */
export interface EfsFileSystemAttributes {
  fileSystemId: string
  /** DescribeFileSystems Encrypted (encryption at rest). */
  encrypted: boolean
  kmsKeyId: string | null
  /** DescribeFileSystemPolicy; null = no file system policy (PolicyNotFound). */
  policy: Maybe<PolicyDocument | null>
}

/** aws.sns.topic — uid = topic ARN. Relation 'uses-kms-key' → key id/alias/ARN when set. */
export interface SnsTopicAttributes {
  topicName: string
  /** GetTopicAttributes KmsMasterKeyId; null = server-side encryption off. */
  kmsMasterKeyId: Maybe<string | null>
  /** GetTopicAttributes Policy; null = none returned. */
  policy: Maybe<PolicyDocument | null>
}

/** aws.sqs.queue — uid = queue ARN. Relation 'uses-kms-key' → key id/alias/ARN when set. */
export interface SqsQueueAttributes {
  queueName: string
  queueUrl: string
  /** GetQueueAttributes KmsMasterKeyId; null = no SSE-KMS. */
  kmsMasterKeyId: Maybe<string | null>
  /** GetQueueAttributes SqsManagedSseEnabled (SSE-SQS). */
  sqsManagedSseEnabled: Maybe<boolean>
  /** GetQueueAttributes Policy; null = no queue policy. */
  policy: Maybe<PolicyDocument | null>
}
