import { mod, type AwsServiceModule } from './aws-module.js'
import { secretsmanagerCollector } from '../collect/aws/secretsmanager.js'
import { normalizeSecretsmanager } from '../normalize/aws/secretsmanager.js'
import { ssmCollector } from '../collect/aws/ssm.js'
import { normalizeSsm } from '../normalize/aws/ssm.js'
import { organizationsCollector } from '../collect/aws/organizations.js'
import { normalizeOrganizations } from '../normalize/aws/organizations.js'
import { accountCollector } from '../collect/aws/account.js'
import { normalizeAccount } from '../normalize/aws/account.js'
import { backupCollector } from '../collect/aws/backup.js'
import { normalizeBackup } from '../normalize/aws/backup.js'
import { cloudformationCollector } from '../collect/aws/cloudformation.js'
import { normalizeCloudformation } from '../normalize/aws/cloudformation.js'
import { glacierCollector } from '../collect/aws/glacier.js'
import { normalizeGlacier } from '../normalize/aws/glacier.js'

/** Secrets Manager, SSM, Organizations/Account, Backup, CloudFormation, Glacier: collector/normalizer pairs, in the order progress shows them. */
export const MANAGEMENT_MODULES: readonly AwsServiceModule[] = [
  mod(organizationsCollector, normalizeOrganizations),
  mod(accountCollector, normalizeAccount),
  mod(secretsmanagerCollector, normalizeSecretsmanager),
  mod(ssmCollector, normalizeSsm),
  mod(backupCollector, normalizeBackup),
  mod(cloudformationCollector, normalizeCloudformation),
  mod(glacierCollector, normalizeGlacier),
]
