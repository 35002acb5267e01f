/**
 * Storage adapters end to end: every fixture under test/fixtures/iac/<service>/ goes through the whole `posture iac`
 * pipeline, and each check of the storage types must give exactly the verdicts below (address, status, start line of
 * the resource block). The "shared outside the organization" checks are not evaluated for a grant to another
 * account: code cannot say which accounts belong to the organization, as a live scan without
 * organizations:ListAccounts cannot either.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { iacResource } from '../../scan/iac-adapter-testing.js'
import { guardUnknowns } from '../../evaluate/unknown-guard.js'
import { NotCollectedError, isUnknown, unknown } from '../../core/unknown.js'
import { Inventory } from '../../core/inventory.js'
import { loadChecks } from '../../checks/registry.js'
import { evaluate } from '../../evaluate/engine.js'
import type { Status } from '../../core/finding.js'
import type {
  BackupVaultAttributes,
  EfsFileSystemAttributes,
  GlacierVaultAttributes,
  SnsTopicAttributes,
  SecretsManagerSecretAttributes,
} from '../../normalize/aws/types.js'
import { scanFixtures, verdicts, type FixtureFinding } from '../../scan/iac-testing.js'
import type { IacReport } from '../../scan/iac.js'
import { adaptAll } from '../adapt.js'
import type { IacLanguage, IacResource } from '../model.js'
import { adapters } from './storage.js'

type Triple = [string, Status, number]

interface FixtureCase {
  dir: string
  /** Every finding of the scan, by check id (check ids absent here must produce no finding). */
  verdicts: Record<string, Triple[]>
  /** [check id, address] of each check set aside because the code cannot give the value it needs. */
  notEvaluated: [string, string][]
}

const CASES: FixtureCase[] = [
  {
    dir: 'test/fixtures/iac/kms/terraform',
    verdicts: {
      'aws-kms-key-not-shared-outside-org': [
        ['aws_kms_key.closed', 'pass', 26],
        ['aws_kms_key.signing', 'pass', 36],
        ['aws_kms_key.org', 'pass', 42],
        ['aws_kms_key.per_env', 'pass', 74],
        ['aws_kms_external_key.imported', 'pass', 79],
      ],
      'aws-kms-key-policy-not-public': [
        ['aws_kms_key.open', 'fail', 3],
        ['aws_kms_key.closed', 'pass', 26],
        ['aws_kms_key.signing', 'pass', 36],
        ['aws_kms_key.org', 'pass', 42],
        ['aws_kms_key.per_env', 'pass', 74],
        ['aws_kms_external_key.imported', 'pass', 79],
      ],
      'aws-kms-key-rotation-enabled': [
        ['aws_kms_key.open', 'fail', 3],
        ['aws_kms_key.closed', 'pass', 26],
        ['aws_kms_key.org', 'pass', 42],
      ],
    },
    notEvaluated: [
      ['aws-kms-key-not-shared-outside-org', 'aws_kms_key.open'],
      ['aws-kms-key-rotation-enabled', 'aws_kms_key.per_env'],
    ],
  },
  {
    dir: 'test/fixtures/iac/kms/cloudformation',
    verdicts: {
      'aws-kms-key-not-shared-outside-org': [
        ['ClosedKey', 'pass', 22],
        ['SigningKey', 'pass', 27],
        ['OrgKey', 'pass', 33],
      ],
      'aws-kms-key-policy-not-public': [
        ['OpenKey', 'fail', 4],
        ['ClosedKey', 'pass', 22],
        ['SigningKey', 'pass', 27],
        ['OrgKey', 'pass', 33],
      ],
      'aws-kms-key-rotation-enabled': [
        ['OpenKey', 'fail', 4],
        ['ClosedKey', 'pass', 22],
        ['OrgKey', 'pass', 33],
      ],
    },
    notEvaluated: [['aws-kms-key-not-shared-outside-org', 'OpenKey']],
  },
  {
    dir: 'test/fixtures/iac/dynamodb/terraform',
    verdicts: {
      'aws-dynamodb-table-cmk-encrypted': [
        ['aws_dynamodb_table.open', 'fail', 8],
        ['aws_dynamodb_table.closed', 'pass', 19],
        ['aws_dynamodb_table.managed_key', 'fail', 40],
      ],
      'aws-dynamodb-table-deletion-protection': [
        ['aws_dynamodb_table.open', 'fail', 8],
        ['aws_dynamodb_table.closed', 'pass', 19],
        ['aws_dynamodb_table.managed_key', 'fail', 40],
        ['aws_dynamodb_table.data_key', 'pass', 64],
      ],
      'aws-dynamodb-table-pitr-enabled': [
        ['aws_dynamodb_table.open', 'fail', 8],
        ['aws_dynamodb_table.closed', 'pass', 19],
        ['aws_dynamodb_table.managed_key', 'fail', 40],
        ['aws_dynamodb_table.data_key', 'fail', 64],
      ],
      'aws-kms-key-not-shared-outside-org': [['aws_kms_key.tables', 'pass', 3]],
      'aws-kms-key-policy-not-public': [['aws_kms_key.tables', 'pass', 3]],
      'aws-kms-key-rotation-enabled': [['aws_kms_key.tables', 'pass', 3]],
    },
    notEvaluated: [['aws-dynamodb-table-cmk-encrypted', 'aws_dynamodb_table.data_key']],
  },
  {
    dir: 'test/fixtures/iac/dynamodb/cloudformation',
    verdicts: {
      'aws-dynamodb-table-cmk-encrypted': [
        ['OpenTable', 'fail', 8],
        ['ClosedTable', 'pass', 19],
        ['ManagedKeyTable', 'fail', 37],
        ['GlobalOrders', 'pass', 50],
      ],
      'aws-dynamodb-table-deletion-protection': [
        ['OpenTable', 'fail', 8],
        ['ClosedTable', 'pass', 19],
        ['ManagedKeyTable', 'fail', 37],
        ['GlobalOrders', 'fail', 50],
        ['GlobalOrders', 'pass', 50],
      ],
      'aws-dynamodb-table-pitr-enabled': [
        ['OpenTable', 'fail', 8],
        ['ClosedTable', 'pass', 19],
        ['ManagedKeyTable', 'fail', 37],
        ['GlobalOrders', 'fail', 50],
        ['GlobalOrders', 'pass', 50],
      ],
      'aws-kms-key-not-shared-outside-org': [['TableKey', 'pass', 4]],
      'aws-kms-key-policy-not-public': [['TableKey', 'pass', 4]],
      'aws-kms-key-rotation-enabled': [['TableKey', 'pass', 4]],
    },
    notEvaluated: [['aws-dynamodb-table-cmk-encrypted', 'GlobalOrders']],
  },
  {
    dir: 'test/fixtures/iac/efs/terraform',
    verdicts: {
      'aws-efs-file-system-encrypted': [
        ['aws_efs_file_system.open', 'fail', 3],
        ['aws_efs_file_system.closed', 'pass', 35],
      ],
      'aws-efs-file-system-not-shared-outside-org': [['aws_efs_file_system.closed', 'pass', 35]],
      'aws-efs-file-system-policy-not-public': [
        ['aws_efs_file_system.open', 'fail', 3],
        ['aws_efs_file_system.closed', 'pass', 35],
      ],
      'aws-kms-key-not-shared-outside-org': [['aws_kms_key.efs', 'pass', 30]],
      'aws-kms-key-policy-not-public': [['aws_kms_key.efs', 'pass', 30]],
      'aws-kms-key-rotation-enabled': [['aws_kms_key.efs', 'pass', 30]],
    },
    notEvaluated: [['aws-efs-file-system-not-shared-outside-org', 'aws_efs_file_system.open']],
  },
  {
    dir: 'test/fixtures/iac/efs/cloudformation',
    verdicts: {
      'aws-efs-file-system-encrypted': [
        ['OpenFileSystem', 'fail', 4],
        ['ClosedFileSystem', 'pass', 22],
      ],
      'aws-efs-file-system-not-shared-outside-org': [['ClosedFileSystem', 'pass', 22]],
      'aws-efs-file-system-policy-not-public': [
        ['OpenFileSystem', 'fail', 4],
        ['ClosedFileSystem', 'pass', 22],
      ],
    },
    notEvaluated: [['aws-efs-file-system-not-shared-outside-org', 'OpenFileSystem']],
  },
  {
    dir: 'test/fixtures/iac/glacier/terraform',
    verdicts: {
      'aws-glacier-vault-lock-enabled': [
        ['aws_glacier_vault.open', 'fail', 3],
        ['aws_glacier_vault.closed', 'pass', 27],
        ['aws_glacier_vault.pending', 'fail', 37],
      ],
      'aws-glacier-vault-not-shared-outside-org': [
        ['aws_glacier_vault.closed', 'pass', 27],
        ['aws_glacier_vault.pending', 'pass', 37],
      ],
      'aws-glacier-vault-policy-not-public': [
        ['aws_glacier_vault.open', 'fail', 3],
        ['aws_glacier_vault.closed', 'pass', 27],
        ['aws_glacier_vault.pending', 'pass', 37],
      ],
    },
    notEvaluated: [['aws-glacier-vault-not-shared-outside-org', 'aws_glacier_vault.open']],
  },
  {
    dir: 'test/fixtures/iac/backup/terraform',
    verdicts: {
      'aws-backup-plan-retention-minimum': [
        ['aws_backup_plan.short', 'fail', 53],
        ['aws_backup_plan.long', 'pass', 67],
        ['aws_backup_plan.cold_too_soon', 'fail', 96],
      ],
      'aws-backup-vault-encrypted-with-cmk': [
        ['aws_backup_vault.open', 'fail', 8],
        ['aws_backup_vault.closed', 'pass', 35],
      ],
      'aws-backup-vault-lock-enabled': [
        ['aws_backup_vault.open', 'fail', 8],
        ['aws_backup_vault.closed', 'pass', 35],
        ['aws_backup_logically_air_gapped_vault.isolated', 'pass', 47],
      ],
      'aws-backup-vault-not-shared-outside-org': [
        ['aws_backup_vault.closed', 'pass', 35],
        ['aws_backup_logically_air_gapped_vault.isolated', 'pass', 47],
      ],
      'aws-backup-vault-policy-not-public': [
        ['aws_backup_vault.open', 'fail', 8],
        ['aws_backup_vault.closed', 'pass', 35],
        ['aws_backup_logically_air_gapped_vault.isolated', 'pass', 47],
      ],
      'aws-kms-key-not-shared-outside-org': [['aws_kms_key.backup', 'pass', 3]],
      'aws-kms-key-policy-not-public': [['aws_kms_key.backup', 'pass', 3]],
      'aws-kms-key-rotation-enabled': [['aws_kms_key.backup', 'pass', 3]],
    },
    notEvaluated: [['aws-backup-vault-not-shared-outside-org', 'aws_backup_vault.open']],
  },
  {
    dir: 'test/fixtures/iac/backup/cloudformation',
    verdicts: {
      'aws-backup-plan-retention-minimum': [
        ['ShortPlan', 'fail', 35],
        ['LongPlan', 'pass', 46],
      ],
      'aws-backup-vault-encrypted-with-cmk': [
        ['OpenVault', 'fail', 8],
        ['ClosedVault', 'pass', 26],
      ],
      'aws-backup-vault-lock-enabled': [
        ['OpenVault', 'fail', 8],
        ['ClosedVault', 'pass', 26],
      ],
      'aws-backup-vault-not-shared-outside-org': [['ClosedVault', 'pass', 26]],
      'aws-backup-vault-policy-not-public': [
        ['OpenVault', 'fail', 8],
        ['ClosedVault', 'pass', 26],
      ],
      'aws-kms-key-not-shared-outside-org': [['VaultKey', 'pass', 4]],
      'aws-kms-key-policy-not-public': [['VaultKey', 'pass', 4]],
      'aws-kms-key-rotation-enabled': [['VaultKey', 'pass', 4]],
    },
    notEvaluated: [['aws-backup-vault-not-shared-outside-org', 'OpenVault']],
  },
  {
    dir: 'test/fixtures/iac/secretsmanager/terraform',
    verdicts: {
      'aws-kms-key-not-shared-outside-org': [['aws_kms_key.secrets', 'pass', 3]],
      'aws-kms-key-policy-not-public': [['aws_kms_key.secrets', 'pass', 3]],
      'aws-kms-key-rotation-enabled': [['aws_kms_key.secrets', 'pass', 3]],
      'aws-secretsmanager-secret-encrypted-with-cmk': [
        ['aws_secretsmanager_secret.open', 'fail', 8],
        ['aws_secretsmanager_secret.closed', 'pass', 35],
        ['aws_secretsmanager_secret.managed_alias', 'fail', 49],
      ],
      'aws-secretsmanager-secret-not-shared-outside-org': [
        ['aws_secretsmanager_secret.closed', 'pass', 35],
        ['aws_secretsmanager_secret.managed_alias', 'pass', 49],
      ],
      'aws-secretsmanager-secret-policy-not-public': [
        ['aws_secretsmanager_secret.open', 'fail', 8],
        ['aws_secretsmanager_secret.closed', 'pass', 35],
        ['aws_secretsmanager_secret.managed_alias', 'pass', 49],
      ],
      'aws-secretsmanager-secret-rotation-enabled': [
        ['aws_secretsmanager_secret.open', 'fail', 8],
        ['aws_secretsmanager_secret.closed', 'pass', 35],
        ['aws_secretsmanager_secret.managed_alias', 'fail', 49],
      ],
    },
    notEvaluated: [
      ['aws-secretsmanager-secret-not-shared-outside-org', 'aws_secretsmanager_secret.open'],
      ['aws-secretsmanager-secret-recently-used', 'aws_secretsmanager_secret.open'],
      ['aws-secretsmanager-secret-recently-used', 'aws_secretsmanager_secret.closed'],
      ['aws-secretsmanager-secret-recently-used', 'aws_secretsmanager_secret.managed_alias'],
      ['aws-secretsmanager-secret-rotated-within-90-days', 'aws_secretsmanager_secret.open'],
      ['aws-secretsmanager-secret-rotated-within-90-days', 'aws_secretsmanager_secret.closed'],
      ['aws-secretsmanager-secret-rotated-within-90-days', 'aws_secretsmanager_secret.managed_alias'],
    ],
  },
  {
    dir: 'test/fixtures/iac/secretsmanager/cloudformation',
    verdicts: {
      'aws-kms-key-not-shared-outside-org': [['SecretKey', 'pass', 4]],
      'aws-kms-key-policy-not-public': [['SecretKey', 'pass', 4]],
      'aws-kms-key-rotation-enabled': [['SecretKey', 'pass', 4]],
      'aws-secretsmanager-secret-encrypted-with-cmk': [
        ['OpenSecret', 'fail', 8],
        ['ClosedSecret', 'pass', 33],
      ],
      'aws-secretsmanager-secret-not-shared-outside-org': [['ClosedSecret', 'pass', 33]],
      'aws-secretsmanager-secret-policy-not-public': [
        ['OpenSecret', 'fail', 8],
        ['ClosedSecret', 'pass', 33],
      ],
      'aws-secretsmanager-secret-rotation-enabled': [
        ['OpenSecret', 'fail', 8],
        ['ClosedSecret', 'pass', 33],
      ],
    },
    notEvaluated: [
      ['aws-secretsmanager-secret-not-shared-outside-org', 'OpenSecret'],
      ['aws-secretsmanager-secret-recently-used', 'OpenSecret'],
      ['aws-secretsmanager-secret-recently-used', 'ClosedSecret'],
      ['aws-secretsmanager-secret-rotated-within-90-days', 'OpenSecret'],
      ['aws-secretsmanager-secret-rotated-within-90-days', 'ClosedSecret'],
    ],
  },
  {
    dir: 'test/fixtures/iac/ssm/terraform',
    verdicts: {
      'aws-kms-key-not-shared-outside-org': [['aws_kms_key.params', 'pass', 3]],
      'aws-kms-key-policy-not-public': [['aws_kms_key.params', 'pass', 3]],
      'aws-kms-key-rotation-enabled': [['aws_kms_key.params', 'pass', 3]],
      'aws-ssm-document-not-public': [
        ['aws_ssm_document.public', 'fail', 33],
        ['aws_ssm_document.partner', 'pass', 49],
        ['aws_ssm_document.private', 'pass', 65],
      ],
      'aws-ssm-document-not-shared-outside-organization': [
        ['aws_ssm_document.public', 'pass', 33],
        ['aws_ssm_document.private', 'pass', 65],
      ],
      'aws-ssm-document-public-sharing-blocked': [
        ['aws_ssm_service_setting.document_sharing', 'pass', 77],
        ['aws_ssm_service_setting.document_sharing_us', 'fail', 87],
      ],
      'aws-ssm-parameter-secret-name-secure-string': [
        ['aws_ssm_parameter.plain_password', 'fail', 8],
        ['aws_ssm_parameter.managed_key_password', 'pass', 14],
        ['aws_ssm_parameter.cmk_token', 'pass', 20],
      ],
      'aws-ssm-parameter-secure-string-cmk': [
        ['aws_ssm_parameter.managed_key_password', 'fail', 14],
        ['aws_ssm_parameter.cmk_token', 'pass', 20],
      ],
    },
    notEvaluated: [['aws-ssm-document-not-shared-outside-organization', 'aws_ssm_document.partner']],
  },
  {
    dir: 'test/fixtures/iac/ssm/cloudformation',
    verdicts: {
      'aws-ssm-document-not-public': [['RestartDocument', 'pass', 22]],
      'aws-ssm-document-not-shared-outside-organization': [['RestartDocument', 'pass', 22]],
      'aws-ssm-parameter-secret-name-secure-string': [['DbPassword', 'fail', 4]],
    },
    notEvaluated: [],
  },
  {
    dir: 'test/fixtures/iac/sns/terraform',
    verdicts: {
      'aws-kms-key-not-shared-outside-org': [['aws_kms_key.topics', 'pass', 3]],
      'aws-kms-key-policy-not-public': [['aws_kms_key.topics', 'pass', 3]],
      'aws-kms-key-rotation-enabled': [['aws_kms_key.topics', 'pass', 3]],
      'aws-sns-topic-encrypted': [
        ['aws_sns_topic.open', 'fail', 8],
        ['aws_sns_topic.closed', 'pass', 35],
        ['aws_sns_topic.managed_key', 'pass', 54],
      ],
      'aws-sns-topic-not-shared-outside-org': [
        ['aws_sns_topic.closed', 'pass', 35],
        ['aws_sns_topic.managed_key', 'pass', 54],
      ],
      'aws-sns-topic-policy-not-public': [
        ['aws_sns_topic.open', 'fail', 8],
        ['aws_sns_topic.closed', 'pass', 35],
        ['aws_sns_topic.managed_key', 'pass', 54],
      ],
    },
    notEvaluated: [['aws-sns-topic-not-shared-outside-org', 'aws_sns_topic.open']],
  },
  {
    dir: 'test/fixtures/iac/sns/cloudformation',
    verdicts: {
      'aws-kms-key-not-shared-outside-org': [['TopicKey', 'pass', 4]],
      'aws-kms-key-policy-not-public': [['TopicKey', 'pass', 4]],
      'aws-kms-key-rotation-enabled': [['TopicKey', 'pass', 4]],
      'aws-sns-topic-encrypted': [
        ['OpenTopic', 'fail', 8],
        ['ClosedTopic', 'pass', 31],
        ['ManagedKeyTopic', 'pass', 52],
      ],
      'aws-sns-topic-not-shared-outside-org': [
        ['ClosedTopic', 'pass', 31],
        ['ManagedKeyTopic', 'pass', 52],
      ],
      'aws-sns-topic-policy-not-public': [
        ['OpenTopic', 'fail', 8],
        ['ClosedTopic', 'pass', 31],
        ['ManagedKeyTopic', 'pass', 52],
      ],
    },
    notEvaluated: [['aws-sns-topic-not-shared-outside-org', 'OpenTopic']],
  },
  {
    dir: 'test/fixtures/iac/sqs/terraform',
    verdicts: {
      'aws-kms-key-not-shared-outside-org': [['aws_kms_key.queues', 'pass', 35]],
      'aws-kms-key-policy-not-public': [['aws_kms_key.queues', 'pass', 35]],
      'aws-kms-key-rotation-enabled': [['aws_kms_key.queues', 'pass', 35]],
      'aws-sqs-queue-encrypted': [
        ['aws_sqs_queue.open', 'fail', 3],
        ['aws_sqs_queue.default', 'pass', 31],
        ['aws_sqs_queue.kms', 'pass', 40],
      ],
      'aws-sqs-queue-not-shared-outside-org': [
        ['aws_sqs_queue.default', 'pass', 31],
        ['aws_sqs_queue.kms', 'pass', 40],
        ['aws_sqs_queue.per_env', 'pass', 64],
      ],
      'aws-sqs-queue-policy-not-public': [
        ['aws_sqs_queue.open', 'fail', 3],
        ['aws_sqs_queue.default', 'pass', 31],
        ['aws_sqs_queue.kms', 'pass', 40],
        ['aws_sqs_queue.per_env', 'pass', 64],
      ],
    },
    notEvaluated: [
      ['aws-sqs-queue-encrypted', 'aws_sqs_queue.per_env'],
      ['aws-sqs-queue-not-shared-outside-org', 'aws_sqs_queue.open'],
    ],
  },
  {
    dir: 'test/fixtures/iac/sqs/cloudformation',
    verdicts: {
      'aws-sqs-queue-encrypted': [
        ['OpenQueue', 'fail', 4],
        ['DefaultQueue', 'pass', 28],
        ['KmsQueue', 'pass', 32],
      ],
      'aws-sqs-queue-not-shared-outside-org': [['DefaultQueue', 'pass', 28]],
      'aws-sqs-queue-policy-not-public': [
        ['OpenQueue', 'fail', 4],
        ['DefaultQueue', 'pass', 28],
        ['KmsQueue', 'pass', 32],
      ],
    },
    notEvaluated: [
      ['aws-sqs-queue-not-shared-outside-org', 'OpenQueue'],
      ['aws-sqs-queue-not-shared-outside-org', 'KmsQueue'],
    ],
  },
  {
    dir: 'test/fixtures/iac/s3/terraform',
    verdicts: {
      'aws-kms-key-not-shared-outside-org': [['aws_kms_key.buckets', 'pass', 66]],
      'aws-kms-key-policy-not-public': [['aws_kms_key.buckets', 'pass', 66]],
      'aws-kms-key-rotation-enabled': [['aws_kms_key.buckets', 'pass', 66]],
      'aws-s3-account-public-access-block-enabled': [['aws_s3_account_public_access_block.account', 'fail', 5]],
      'aws-s3-bucket-access-logging-enabled': [
        ['aws_s3_bucket.open', 'fail', 12],
        ['aws_s3_bucket.closed', 'pass', 71],
        ['aws_s3_bucket.legacy', 'pass', 128],
      ],
      'aws-s3-bucket-acl-no-public-read': [
        ['aws_s3_bucket.open', 'fail', 12],
        ['aws_s3_bucket.closed', 'pass', 71],
        ['aws_s3_bucket.legacy', 'pass', 128],
      ],
      'aws-s3-bucket-acl-no-public-write': [
        ['aws_s3_bucket.open', 'fail', 12],
        ['aws_s3_bucket.closed', 'pass', 71],
        ['aws_s3_bucket.legacy', 'pass', 128],
      ],
      'aws-s3-bucket-acls-disabled': [
        ['aws_s3_bucket.open', 'fail', 12],
        ['aws_s3_bucket.closed', 'pass', 71],
        ['aws_s3_bucket.legacy', 'pass', 128],
      ],
      'aws-s3-bucket-default-encryption-enabled': [
        ['aws_s3_bucket.open', 'pass', 12],
        ['aws_s3_bucket.closed', 'pass', 71],
        ['aws_s3_bucket.legacy', 'pass', 128],
      ],
      'aws-s3-bucket-mfa-delete-enabled': [
        ['aws_s3_bucket.open', 'fail', 12],
        ['aws_s3_bucket.closed', 'pass', 71],
        ['aws_s3_bucket.legacy', 'fail', 128],
      ],
      'aws-s3-bucket-policy-no-public-read': [
        ['aws_s3_bucket.open', 'fail', 12],
        ['aws_s3_bucket.closed', 'pass', 71],
        ['aws_s3_bucket.legacy', 'pass', 128],
      ],
      'aws-s3-bucket-policy-no-public-write': [
        ['aws_s3_bucket.open', 'fail', 12],
        ['aws_s3_bucket.closed', 'pass', 71],
        ['aws_s3_bucket.legacy', 'pass', 128],
      ],
      'aws-s3-bucket-policy-not-shared-outside-org': [
        ['aws_s3_bucket.closed', 'pass', 71],
        ['aws_s3_bucket.legacy', 'pass', 128],
      ],
      'aws-s3-bucket-public-access-block-enabled': [
        ['aws_s3_bucket.open', 'fail', 12],
        ['aws_s3_bucket.closed', 'pass', 71],
        ['aws_s3_bucket.legacy', 'pass', 128],
      ],
      'aws-s3-bucket-tls-only-policy': [
        ['aws_s3_bucket.open', 'fail', 12],
        ['aws_s3_bucket.closed', 'pass', 71],
        ['aws_s3_bucket.legacy', 'fail', 128],
      ],
      'aws-s3-bucket-versioning-enabled': [
        ['aws_s3_bucket.open', 'fail', 12],
        ['aws_s3_bucket.closed', 'pass', 71],
        ['aws_s3_bucket.legacy', 'pass', 128],
      ],
    },
    notEvaluated: [['aws-s3-bucket-policy-not-shared-outside-org', 'aws_s3_bucket.open']],
  },
  {
    dir: 'test/fixtures/iac/s3/cloudformation',
    verdicts: {
      'aws-s3-bucket-access-logging-enabled': [
        ['OpenBucket', 'fail', 4],
        ['ClosedBucket', 'pass', 28],
      ],
      'aws-s3-bucket-acl-no-public-read': [['ClosedBucket', 'pass', 28]],
      'aws-s3-bucket-acl-no-public-write': [['ClosedBucket', 'pass', 28]],
      'aws-s3-bucket-acls-disabled': [
        ['OpenBucket', 'fail', 4],
        ['ClosedBucket', 'pass', 28],
      ],
      'aws-s3-bucket-default-encryption-enabled': [
        ['OpenBucket', 'pass', 4],
        ['ClosedBucket', 'pass', 28],
      ],
      'aws-s3-bucket-mfa-delete-enabled': [
        ['OpenBucket', 'fail', 4],
        ['ClosedBucket', 'fail', 28],
      ],
      'aws-s3-bucket-policy-no-public-read': [['ClosedBucket', 'pass', 28]],
      'aws-s3-bucket-policy-no-public-write': [['ClosedBucket', 'pass', 28]],
      'aws-s3-bucket-policy-not-shared-outside-org': [
        ['OpenBucket', 'pass', 4],
        ['ClosedBucket', 'pass', 28],
      ],
      'aws-s3-bucket-public-access-block-enabled': [['ClosedBucket', 'pass', 28]],
      'aws-s3-bucket-tls-only-policy': [
        ['OpenBucket', 'fail', 4],
        ['ClosedBucket', 'pass', 28],
      ],
      'aws-s3-bucket-versioning-enabled': [
        ['OpenBucket', 'fail', 4],
        ['ClosedBucket', 'pass', 28],
      ],
    },
    notEvaluated: [
      ['aws-s3-bucket-acl-no-public-read', 'OpenBucket'],
      ['aws-s3-bucket-acl-no-public-write', 'OpenBucket'],
      ['aws-s3-bucket-policy-no-public-read', 'OpenBucket'],
      ['aws-s3-bucket-policy-no-public-write', 'OpenBucket'],
      ['aws-s3-bucket-public-access-block-enabled', 'OpenBucket'],
    ],
  },
  {
    dir: 'test/fixtures/iac/s3/terraform-account',
    verdicts: {
      'aws-s3-account-public-access-block-enabled': [['aws_s3_account_public_access_block.account', 'pass', 3]],
      'aws-s3-bucket-access-logging-enabled': [['aws_s3_bucket.website', 'fail', 10]],
      'aws-s3-bucket-acl-no-public-read': [['aws_s3_bucket.website', 'pass', 10]],
      'aws-s3-bucket-acl-no-public-write': [['aws_s3_bucket.website', 'pass', 10]],
      'aws-s3-bucket-acls-disabled': [['aws_s3_bucket.website', 'fail', 10]],
      'aws-s3-bucket-default-encryption-enabled': [['aws_s3_bucket.website', 'pass', 10]],
      'aws-s3-bucket-mfa-delete-enabled': [['aws_s3_bucket.website', 'fail', 10]],
      'aws-s3-bucket-policy-no-public-read': [['aws_s3_bucket.website', 'pass', 10]],
      'aws-s3-bucket-policy-no-public-write': [['aws_s3_bucket.website', 'pass', 10]],
      'aws-s3-bucket-policy-not-shared-outside-org': [['aws_s3_bucket.website', 'pass', 10]],
      'aws-s3-bucket-public-access-block-enabled': [['aws_s3_bucket.website', 'pass', 10]],
      'aws-s3-bucket-tls-only-policy': [['aws_s3_bucket.website', 'fail', 10]],
      'aws-s3-bucket-versioning-enabled': [['aws_s3_bucket.website', 'fail', 10]],
    },
    notEvaluated: [],
  },
]

function byCheck(findings: readonly FixtureFinding[]): Record<string, Triple[]> {
  const ids = [...new Set(findings.map((f) => f.checkId))].sort()
  return Object.fromEntries(ids.map((id) => [id, verdicts(findings, id)]))
}

describe.each(CASES)('$dir', (c) => {
  let scan: { findings: FixtureFinding[]; report: IacReport }
  beforeAll(async () => {
    scan = await scanFixtures(c.dir)
  }, 60_000)

  it('loads every resource with no problem and no unsupported type', () => {
    expect(scan.report.iac.problems).toEqual([])
    expect(scan.report.iac.unsupportedTypes).toEqual({})
  })

  it('gives exactly the expected verdicts', () => {
    expect(byCheck(scan.findings)).toEqual(c.verdicts)
  })

  it('sets aside exactly the checks the code cannot decide', () => {
    expect(scan.report.iac.notEvaluated.map((n) => [n.checkId, n.location.address])).toEqual(c.notEvaluated)
  })
})

describe('reasons and options', () => {
  it('names what code cannot state, and what is known only after apply', async () => {
    const { report } = await scanFixtures(['test/fixtures/iac/secretsmanager/cloudformation', 'test/fixtures/iac/kms/terraform'])
    const reasons = new Map(report.iac.notEvaluated.map((n) => [`${n.checkId} ${n.location.address}`, n.reason]))
    expect(reasons.get('aws-secretsmanager-secret-rotated-within-90-days ClosedSecret')).toBe('not known from code: last rotation date')
    expect(reasons.get('aws-secretsmanager-secret-recently-used OpenSecret')).toBe('not known from code: last access date')
    expect(reasons.get('aws-kms-key-rotation-enabled aws_kms_key.per_env')).toContain('var.rotate has no value')
  }, 60_000)

  it('passes a grant to the scanned account once the account is given', async () => {
    const { findings, report } = await scanFixtures('test/fixtures/iac/sqs/cloudformation', { account: '111122223333' })
    expect(verdicts(findings, 'aws-sqs-queue-not-shared-outside-org')).toEqual([
      ['DefaultQueue', 'pass', 28],
      ['KmsQueue', 'pass', 32],
    ])
    const partner = report.iac.notEvaluated.find((n) => n.checkId === 'aws-sqs-queue-not-shared-outside-org')
    expect([partner?.location.address, partner?.reason]).toEqual(['OpenQueue', expect.stringContaining('999988887777')])
  }, 60_000)
})

// ---------------------------------------------------------------- adapters on hand-built values

let line = 0
function res(language: IacLanguage, type: string, address: string, values: Record<string, unknown>): IacResource {
  line += 10
  return iacResource(language, type, address, values, { unit: 'unit', file: 'main.tf', line, endLine: line + 5 })
}
const tf = (type: string, address: string, values: Record<string, unknown>) => res('terraform', type, address, values)
const cfn = (type: string, address: string, values: Record<string, unknown>) => res('cloudformation', type, address, values)

function adapted<A>(resources: IacResource[], address: string): A {
  const out = adaptAll(resources, adapters)
  expect(out.problems).toEqual([])
  const found = out.resources.find((r) => r.source.address === address)
  if (!found) throw new Error(`${address} was not adapted`)
  return found.attributes as A
}

/** Runs every check on hand-built resources: [check id, address, status or 'not evaluated']. */
async function judge(resources: IacResource[]): Promise<[string, string, string][]> {
  const out = adaptAll(resources, adapters)
  const inventory = new Inventory(out.resources.map(guardUnknowns))
  const addressOf = (uid: string) => out.origin.get(uid)?.address ?? uid
  const rows: [string, string, string][] = []
  const findings = evaluate(await loadChecks(), inventory, () => [], new Date(), {
    onNotEvaluated: (n) => rows.push([n.checkId, addressOf(n.uid), 'not evaluated']),
  })
  for (const f of findings) rows.push([f.checkId, addressOf(f.resource.uid), f.status])
  return rows.sort((a, b) => (a.join() < b.join() ? -1 : 1))
}

describe('Unknown values stay unknown', () => {
  it('an encryption flag known only after apply is not evaluated, and serializes without throwing', async () => {
    const fs = tf('aws_efs_file_system', 'aws_efs_file_system.x', { encrypted: unknown('var.encrypted has no value') })
    const attributes = adapted<EfsFileSystemAttributes>([fs], 'aws_efs_file_system.x')
    expect(() => attributes.encrypted).toThrow(NotCollectedError)
    expect(JSON.parse(JSON.stringify(attributes))).toMatchObject({ fileSystemId: 'aws_efs_file_system.x', policy: null })
    expect((await judge([fs])).filter(([id]) => id === 'aws-efs-file-system-encrypted')).toEqual([
      ['aws-efs-file-system-encrypted', 'aws_efs_file_system.x', 'not evaluated'],
    ])
  })

  it('a policy resource naming its topic by an unknown value leaves every topic policy unknown', () => {
    const topic = tf('aws_sns_topic', 'aws_sns_topic.t', { name: 'alerts' })
    const policy = tf('aws_sns_topic_policy', 'aws_sns_topic_policy.p', {
      arn: unknown('var.topic_arn has no value'),
      policy: '{"Statement":[{"Effect":"Allow","Principal":"*","Action":"sns:Publish","Resource":"*"}]}',
    })
    expect(isUnknown(adapted<SnsTopicAttributes>([topic, policy], 'aws_sns_topic.t').policy)).toBe(true)
    // Without that resource the topic has no policy.
    expect(adapted<SnsTopicAttributes>([topic], 'aws_sns_topic.t').policy).toBeNull()
  })

  it('a policy found by the literal topic ARN is the topic policy', () => {
    const topic = tf('aws_sns_topic', 'aws_sns_topic.t', { name: 'alerts' })
    const policy = tf('aws_sns_topic_policy', 'aws_sns_topic_policy.p', {
      arn: 'arn:aws:sns:eu-west-1:111122223333:alerts',
      policy: '{"Statement":[{"Effect":"Allow","Principal":"*","Action":"sns:Publish","Resource":"*"}]}',
    })
    expect(adapted<SnsTopicAttributes>([topic, policy], 'aws_sns_topic.t').policy).toMatchObject({ Statement: [{ Principal: '*' }] })
  })

  it('a vault lock naming its vault by an unknown value leaves the lock state unknown', () => {
    const vault = tf('aws_glacier_vault', 'aws_glacier_vault.v', { name: 'archive' })
    const lock = tf('aws_glacier_vault_lock', 'aws_glacier_vault_lock.l', { vault_name: unknown('var.vault has no value'), complete_lock: true })
    expect(isUnknown(adapted<GlacierVaultAttributes>([vault, lock], 'aws_glacier_vault.v').lockState)).toBe(true)
    expect(adapted<GlacierVaultAttributes>([vault], 'aws_glacier_vault.v').lockState).toBeNull()
  })

  it('a CloudFormation lock configuration known only at deploy is not judged', async () => {
    const vault = cfn('AWS::Backup::BackupVault', 'Vault', { BackupVaultName: 'v', LockConfiguration: unknown('parameter Lock has no default') })
    const attributes = adapted<BackupVaultAttributes>([vault], 'Vault')
    expect(() => attributes.locked).toThrow(NotCollectedError)
    expect((await judge([vault])).filter(([id]) => id === 'aws-backup-vault-lock-enabled')).toEqual([
      ['aws-backup-vault-lock-enabled', 'Vault', 'not evaluated'],
    ])
  })

  it('a key known only after apply is not judged; a key named through a declared alias is customer managed', async () => {
    const key = tf('aws_kms_key', 'aws_kms_key.k', {})
    const alias = tf('aws_kms_alias', 'aws_kms_alias.a', { name: 'alias/app', target_key_id: { $ref: 'aws_kms_key.k', attribute: 'key_id' } })
    const viaAlias = tf('aws_secretsmanager_secret', 'aws_secretsmanager_secret.a', {
      name: 'a',
      kms_key_id: { $ref: 'aws_kms_alias.a', attribute: 'arn' },
    })
    const viaData = tf('aws_secretsmanager_secret', 'aws_secretsmanager_secret.d', {
      name: 'd',
      kms_key_id: unknown('data source read at plan time'),
    })
    const out = adaptAll([key, alias, viaAlias, viaData], adapters)
    const secret = out.resources.find((r) => r.source.address === 'aws_secretsmanager_secret.a')
    expect(secret?.relations).toEqual([{ kind: 'uses-kms-key', target: 'tf:unit:aws_kms_key.k' }])
    expect((secret?.attributes as SecretsManagerSecretAttributes).kmsKeyId).toBe('alias/app')
    expect((await judge([key, alias, viaAlias, viaData])).filter(([id]) => id === 'aws-secretsmanager-secret-encrypted-with-cmk')).toEqual([
      ['aws-secretsmanager-secret-encrypted-with-cmk', 'aws_secretsmanager_secret.a', 'pass'],
      ['aws-secretsmanager-secret-encrypted-with-cmk', 'aws_secretsmanager_secret.d', 'not evaluated'],
    ])
  })
})

describe('mapping details', () => {
  it('only the document public-sharing service setting becomes a normalized resource', () => {
    const other = tf('aws_ssm_service_setting', 'aws_ssm_service_setting.tier', {
      setting_id: 'arn:aws:ssm:eu-west-1:111122223333:servicesetting/ssm/parameter-store/default-parameter-tier',
      setting_value: 'Advanced',
    })
    expect(adaptAll([other], adapters).resources).toEqual([])
  })

  it('a rotation schedule with a cron expression counts as rotation without a day interval', () => {
    const secret = cfn('AWS::SecretsManager::Secret', 'Secret', { Name: 's' })
    const schedule = cfn('AWS::SecretsManager::RotationSchedule', 'Rotation', {
      SecretId: { $ref: 'Secret' },
      RotationRules: { ScheduleExpression: 'rate(10 days)' },
    })
    const attributes = adapted<SecretsManagerSecretAttributes>([secret, schedule], 'Secret')
    expect([attributes.rotationEnabled, attributes.rotationIntervalDays]).toEqual([true, null])
  })

  it('every storage adapter type is handled once per language', () => {
    const seen = adapters.flatMap((a) => a.types.map((t) => `${a.language}:${t}`))
    expect(new Set(seen).size).toBe(seen.length)
  })
})
