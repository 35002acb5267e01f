/** Test fixtures for the management group's resource types (Secrets Manager, SSM, Organizations, Account, Backup, CloudFormation, Glacier). */
import type { Resource } from '../../../core/resource.js'
import {
  AWS,
  settingUid,
  type AccountContactsAttributes,
  type BackupPlanAttributes,
  type BackupRegionPlansAttributes,
  type BackupVaultAttributes,
  type CloudFormationStackAttributes,
  type GlacierVaultAttributes,
  type KmsKeyAttributes,
  type OrganizationsOrganizationAttributes,
  type SecretsManagerSecretAttributes,
  type SsmDocumentAttributes,
  type SsmDocumentSharingSettingAttributes,
  type SsmParameterAttributes,
} from '../../../normalize/aws/types.js'
import { awsFixture, daysAgo } from '../../_shared/testing.js'

export const ACCOUNT = '111122223333'
export const REGION = 'us-east-1'

/** A Secrets Manager secret rotated 10 days ago, encrypted with the default key, no policy. */
export const secretFixture = (attrs: Partial<SecretsManagerSecretAttributes> = {}): Resource<SecretsManagerSecretAttributes> =>
  awsFixture(
    AWS.secretsmanagerSecret,
    {
      secretName: 'prod/orders-db',
      kmsKeyId: null,
      rotationEnabled: true,
      rotationIntervalDays: 30,
      createdDate: daysAgo(400),
      lastRotatedDate: daysAgo(10),
      lastAccessedDate: daysAgo(1),
      deletedDate: null,
      owningService: null,
      policy: null,
      ...attrs,
    },
    { uid: `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:prod/orders-db-AbCdEf`, name: 'prod/orders-db' },
  )

/** A KMS key of the fixture account, customer managed unless said otherwise. */
export const kmsKeyFixture = (keyId: string, keyManager: 'AWS' | 'CUSTOMER'): Resource<KmsKeyAttributes> =>
  awsFixture(
    AWS.kmsKey,
    {
      keyId,
      keyManager,
      keyState: 'Enabled',
      keySpec: 'SYMMETRIC_DEFAULT',
      keyUsage: 'ENCRYPT_DECRYPT',
      origin: 'AWS_KMS',
      rotationEnabled: true,
      policy: null,
    },
    { uid: `arn:aws:kms:${REGION}:${ACCOUNT}:key/${keyId}`, name: keyId },
  )

/** An SSM document owned by the account, not shared. */
export const documentFixture = (attrs: Partial<SsmDocumentAttributes> = {}): Resource<SsmDocumentAttributes> =>
  awsFixture(
    AWS.ssmDocument,
    { documentName: 'patch-web-fleet', documentType: 'Command', sharedWith: [], ...attrs },
    {
      uid: `arn:aws:ssm:${REGION}:${ACCOUNT}:document/patch-web-fleet`,
      name: 'patch-web-fleet',
    },
  )

/** An SSM parameter (String by default). */
export const parameterFixture = (attrs: Partial<SsmParameterAttributes> = {}): Resource<SsmParameterAttributes> => {
  const name = attrs.parameterName ?? '/app/log-level'
  return awsFixture(
    AWS.ssmParameter,
    { parameterName: name, parameterType: 'String', keyId: null, lastModifiedDate: daysAgo(3), ...attrs },
    {
      uid: `arn:aws:ssm:${REGION}:${ACCOUNT}:parameter${name.startsWith('/') ? '' : '/'}${name}`,
      name,
    },
  )
}

/** The region's SSM document public-sharing setting. */
export const sharingSettingFixture = (
  value: SsmDocumentSharingSettingAttributes['publicSharingPermission'],
): Resource<SsmDocumentSharingSettingAttributes> =>
  awsFixture(
    AWS.ssmDocumentSharingSetting,
    { publicSharingPermission: value },
    {
      uid: settingUid(ACCOUNT, REGION, 'ssm-document-public-sharing'),
      name: 'ssm-document-public-sharing',
    },
  )

/** The account's organization: a member of o-a1b2c3d4e5 with ALL features and a custom SCP attached to the root. */
export const organizationFixture = (attrs: Partial<OrganizationsOrganizationAttributes> = {}): Resource<OrganizationsOrganizationAttributes> =>
  awsFixture(
    AWS.organizationsOrganization,
    {
      organizationId: 'o-a1b2c3d4e5',
      managementAccountId: '999988887777',
      accountIds: ['999988887777', ACCOUNT],
      featureSet: 'ALL',
      serviceControlPolicies: [
        {
          id: 'p-FullAWSAccess',
          name: 'FullAWSAccess',
          arn: 'arn:aws:organizations::aws:policy/service_control_policy/p-FullAWSAccess',
          awsManaged: true,
          targets: [],
        },
        {
          id: 'p-abcd1234',
          name: 'deny-leave-org',
          arn: 'arn:aws:organizations::999988887777:policy/o-a1b2c3d4e5/service_control_policy/p-abcd1234',
          awsManaged: false,
          targets: ['r-ab12'],
        },
      ],
      ...attrs,
    },
    { uid: settingUid(ACCOUNT, 'global', 'organization'), region: 'global', name: 'o-a1b2c3d4e5' },
  )

/** The account's alternate contacts: all registered. */
export const contactsFixture = (attrs: Partial<AccountContactsAttributes> = {}): Resource<AccountContactsAttributes> => {
  const contact = (name: string) => ({ name, title: 'Team', emailAddress: `${name.toLowerCase()}@example.com` })
  return awsFixture(
    AWS.accountContacts,
    { security: contact('Security'), billing: contact('Billing'), operations: contact('Ops'), ...attrs },
    { uid: settingUid(ACCOUNT, 'global', 'account-contacts'), region: 'global', name: 'account-contacts' },
  )
}

/** A backup vault with no key returned, no lock and no policy. */
export const vaultFixture = (attrs: Partial<BackupVaultAttributes> = {}): Resource<BackupVaultAttributes> =>
  awsFixture(
    AWS.backupVault,
    {
      vaultName: 'prod-vault',
      vaultType: 'BACKUP_VAULT',
      encryptionKeyArn: null,
      locked: false,
      minRetentionDays: null,
      maxRetentionDays: null,
      lockDate: null,
      policy: null,
      ...attrs,
    },
    { uid: `arn:aws:backup:${REGION}:${ACCOUNT}:backup-vault:prod-vault`, name: 'prod-vault' },
  )

/** A backup plan with one daily rule kept 35 days. */
export const planFixture = (attrs: Partial<BackupPlanAttributes> = {}): Resource<BackupPlanAttributes> =>
  awsFixture(
    AWS.backupPlan,
    {
      planName: 'daily',
      planId: '8d3e1a2b-1111-2222-3333-444455556666',
      rules: [{ ruleName: 'daily-35d', targetVaultName: 'prod-vault', deleteAfterDays: 35, moveToColdStorageAfterDays: null, copyDestinations: [] }],
      ...attrs,
    },
    { uid: `arn:aws:backup:${REGION}:${ACCOUNT}:backup-plan:8d3e1a2b-1111-2222-3333-444455556666`, name: 'daily' },
  )

/** The region's backup-plans setting. */
export const regionPlansFixture = (planNames: BackupRegionPlansAttributes['planNames']): Resource<BackupRegionPlansAttributes> =>
  awsFixture(AWS.backupRegionPlans, { planNames }, { uid: settingUid(ACCOUNT, REGION, 'backup-plans'), name: 'backup-plans' })

/** A root CloudFormation stack with termination protection, notifications and a service role. */
export const stackFixture = (attrs: Partial<CloudFormationStackAttributes> = {}): Resource<CloudFormationStackAttributes> =>
  awsFixture(
    AWS.cloudformationStack,
    {
      stackName: 'orders-api',
      stackStatus: 'UPDATE_COMPLETE',
      terminationProtection: true,
      notificationArns: [`arn:aws:sns:${REGION}:${ACCOUNT}:stack-events`],
      roleArn: `arn:aws:iam::${ACCOUNT}:role/cfn-deploy`,
      driftStatus: 'IN_SYNC',
      lastDriftCheck: daysAgo(2),
      rootStackId: null,
      outputKeys: ['ApiUrl'],
      outputSecrets: [],
      ...attrs,
    },
    { uid: `arn:aws:cloudformation:${REGION}:${ACCOUNT}:stack/orders-api/5b6f7a80-1111-2222-3333-444455556666`, name: 'orders-api' },
  )

/** A Glacier vault with no policy and no lock. */
export const glacierVaultFixture = (attrs: Partial<GlacierVaultAttributes> = {}): Resource<GlacierVaultAttributes> =>
  awsFixture(
    AWS.glacierVault,
    { vaultName: 'archive', policy: null, lockState: null, ...attrs },
    {
      uid: `arn:aws:glacier:${REGION}:${ACCOUNT}:vaults/archive`,
      name: 'archive',
    },
  )
