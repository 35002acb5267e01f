import { partsAdapter, type Adapter } from '../model.js'
import { backupAdapters } from './storage-backup.js'
import { dynamodbAdapters } from './storage-dynamodb.js'
import { efsAdapters } from './storage-efs.js'
import { glacierAdapters } from './storage-glacier.js'
import { kmsAdapters } from './storage-kms.js'
import { messagingAdapters } from './storage-messaging.js'
import { s3Adapters } from './storage-s3.js'
import { secretsManagerAdapters } from './storage-secretsmanager.js'
import { ssmAdapters } from './storage-ssm.js'

/** Adapters of the storage group (see src/iac/adapters/index.ts). */
export const adapters: Adapter[] = [
  ...s3Adapters,
  ...kmsAdapters,
  ...dynamodbAdapters,
  ...efsAdapters,
  ...glacierAdapters,
  ...backupAdapters,
  ...secretsManagerAdapters,
  ...ssmAdapters,
  ...messagingAdapters,
  // Aliases only name keys: they are read where a resource names its key through one (storage-common.ts kmsKeyRef).
  partsAdapter('terraform', ['aws_kms_alias']),
  partsAdapter('cloudformation', ['AWS::KMS::Alias']),
]
