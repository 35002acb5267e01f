/**
 * Normalized types for Secrets Manager, SSM, Organizations/Account, Backup, CloudFormation, Glacier. Type ids are merged into `AWS` in types.ts; import shared shapes from
 * './types.js' with `import type` only (types.ts re-exports this file, so a value import would be a cycle).
 */
import type { Maybe } from '../../core/unknown.js'
import type { SecretHit } from '../secrets.js'
import type { PolicyDocument } from './types.js'

/** Resource type ids of this group. */
export const MANAGEMENT_TYPES = {
  secretsmanagerSecret: 'aws.secretsmanager.secret',
  ssmDocument: 'aws.ssm.document',
  ssmParameter: 'aws.ssm.parameter',
  ssmDocumentSharingSetting: 'aws.ssm.document-sharing-setting',
  organizationsOrganization: 'aws.organizations.organization',
  accountContacts: 'aws.account.contacts',
  backupVault: 'aws.backup.vault',
  backupPlan: 'aws.backup.plan',
  backupRegionPlans: 'aws.backup.region-plans',
  cloudformationStack: 'aws.cloudformation.stack',
  glacierVault: 'aws.glacier.vault',
} as const

// ---------------------------------------------------------------- Secrets Manager

/** aws.secretsmanager.secret — uid = secret ARN. Relation 'uses-kms-key' → KmsKeyId when set. */
export interface SecretsManagerSecretAttributes {
  secretName: string
  /** KmsKeyId from ListSecrets; null = the AWS managed key aws/secretsmanager (the field is omitted then). */
  kmsKeyId: string | null
  rotationEnabled: boolean
  /** RotationRules.AutomaticallyAfterDays; null when no schedule is set. */
  rotationIntervalDays: number | null
  createdDate: string | null
  /** null = never rotated. */
  lastRotatedDate: string | null
  /** Date only (Secrets Manager truncates it to the day); null = never accessed (or not tracked yet). */
  lastAccessedDate: string | null
  /** Set when the secret is scheduled for deletion. */
  deletedDate: string | null
  /** The service that manages the secret (e.g. 'rds'), or null. */
  owningService: string | null
  /** null = no resource policy. */
  policy: Maybe<PolicyDocument | null>
}

// ---------------------------------------------------------------- SSM

/** aws.ssm.document — uid `arn:<partition>:ssm:<region>:<acct>:document/<name>`; only documents the account owns. */
export interface SsmDocumentAttributes {
  documentName: string
  documentType: string | null
  /** Accounts the document is shared with (DescribeDocumentPermission Share); 'all' = public. */
  sharedWith: Maybe<string[]>
}

/** aws.ssm.parameter — uid = parameter ARN. Never holds the value. */
export interface SsmParameterAttributes {
  parameterName: string
  /** 'String' | 'StringList' | 'SecureString'. */
  parameterType: string
  /** KMS key of a SecureString (alias/aws/ssm = the AWS managed key); null for other types. */
  keyId: string | null
  lastModifiedDate: string | null
}

/** aws.ssm.document-sharing-setting — uid settingUid(acct, region, 'ssm-document-public-sharing'). */
export interface SsmDocumentSharingSettingAttributes {
  /** SettingValue of /ssm/documents/console/public-sharing-permission: 'Enable' (the default) or 'Disable'. */
  publicSharingPermission: Maybe<string>
}

// ---------------------------------------------------------------- Organizations / Account

/** A service control policy of the organization and where it is attached. */
export interface ServiceControlPolicy {
  id: string
  name: string
  arn: string
  awsManaged: boolean
  /** Target ids (root r-..., OU ou-..., account ids) the policy is attached to. */
  targets: Maybe<string[]>
}

/** aws.organizations.organization — one per scanned account, global, uid settingUid(acct, 'global', 'organization'). */
export interface OrganizationsOrganizationAttributes {
  /** null when the account is in no organization (AWSOrganizationsNotInUseException). */
  organizationId: Maybe<string | null>
  managementAccountId: Maybe<string | null>
  /** Member accounts (ListAccounts); Unknown when the caller may not list them; [] outside an organization. */
  accountIds: Maybe<string[]>
  /** 'ALL' | 'CONSOLIDATED_BILLING'; null outside an organization. */
  featureSet: Maybe<string | null>
  /**
   * Service control policies of the organization (ListPolicies SERVICE_CONTROL_POLICY + ListTargetsForPolicy);
   * null outside an organization; Unknown when not listable (only the management account or a delegated administrator can).
   */
  serviceControlPolicies: Maybe<ServiceControlPolicy[] | null>
}

/** An alternate contact as GetAlternateContact returns it (the phone number is not kept). */
export interface AlternateContact {
  name: string | null
  title: string | null
  emailAddress: string | null
}

/** aws.account.contacts — uid settingUid(acct, 'global', 'account-contacts'); null = the contact type is not registered. */
export interface AccountContactsAttributes {
  security: Maybe<AlternateContact | null>
  billing: Maybe<AlternateContact | null>
  operations: Maybe<AlternateContact | null>
}

// ---------------------------------------------------------------- Backup

/** aws.backup.vault — uid = backup vault ARN. Relation 'uses-kms-key' → EncryptionKeyArn. */
export interface BackupVaultAttributes {
  vaultName: string
  /** 'BACKUP_VAULT' | 'LOGICALLY_AIR_GAPPED_BACKUP_VAULT' | ...; null when not returned. */
  vaultType: string | null
  /** null = not returned (AWS then uses the AWS managed key aws/backup). */
  encryptionKeyArn: string | null
  /** AWS Backup Vault Lock is configured (governance or compliance mode). */
  locked: boolean
  minRetentionDays: number | null
  maxRetentionDays: number | null
  /** When a compliance-mode lock becomes immutable; null for governance mode or no lock. */
  lockDate: string | null
  /** null = no vault access policy. */
  policy: Maybe<PolicyDocument | null>
}

/** One rule of a backup plan: how long its recovery points live. */
export interface BackupPlanRule {
  ruleName: string
  targetVaultName: string
  /** Lifecycle.DeleteAfterDays; null = kept until deleted by hand. */
  deleteAfterDays: number | null
  /** Lifecycle.MoveToColdStorageAfterDays; null = never moved to cold storage. */
  moveToColdStorageAfterDays: number | null
  /** Destination vault ARNs of copy actions (other regions or accounts). */
  copyDestinations: string[]
}

/** aws.backup.plan — uid = backup plan ARN. */
export interface BackupPlanAttributes {
  planName: string
  planId: string
  rules: Maybe<BackupPlanRule[]>
}

/** aws.backup.region-plans — uid settingUid(acct, region, 'backup-plans'): whether the region has any backup plan. */
export interface BackupRegionPlansAttributes {
  planNames: Maybe<string[]>
}

// ---------------------------------------------------------------- CloudFormation

/** aws.cloudformation.stack — uid = stack ARN (StackId). Output values are never stored. */
export interface CloudFormationStackAttributes {
  stackName: string
  stackStatus: string
  terminationProtection: boolean
  /** SNS topic ARNs that receive stack events. */
  notificationArns: string[]
  /** Service role CloudFormation assumes for stack operations; null = the caller's credentials are used. */
  roleArn: string | null
  /** StackDriftStatus from the last drift detection: 'DRIFTED' | 'IN_SYNC' | 'NOT_CHECKED' | 'UNKNOWN'. */
  driftStatus: string
  lastDriftCheck: string | null
  /** Root stack ARN when this is a nested stack, else null. */
  rootStackId: string | null
  outputKeys: string[]
  /** Secret-looking output values (names and kinds only). */
  outputSecrets: Maybe<SecretHit[]>
}

// ---------------------------------------------------------------- Glacier

/** aws.glacier.vault — uid = vault ARN. */
export interface GlacierVaultAttributes {
  vaultName: string
  /** null = no vault access policy. */
  policy: Maybe<PolicyDocument | null>
  /** Vault Lock state ('InProgress' | 'Locked'); null = no vault lock policy. */
  lockState: Maybe<string | null>
}
