/** Test fixtures shared by the glue checks' tests (not a check). */
import {
  AWS,
  settingUid,
  type GlueDataCatalogEncryptionAttributes,
  type GlueJobAttributes,
  type GlueJobEncryption,
} from '../../../normalize/aws/types.js'
import { awsFixture } from '../../_shared/testing.js'

/** The Data Catalog's encryption settings as collected (not the unknown marker). */
export type Settings = Exclude<GlueDataCatalogEncryptionAttributes['settings'], { $unknown: string }>

/** The account's Data Catalog encryption settings resource in us-east-1. */
export const catalog = (settings: GlueDataCatalogEncryptionAttributes['settings']) =>
  awsFixture<GlueDataCatalogEncryptionAttributes>(
    AWS.glueDataCatalogEncryption,
    { settings },
    { uid: settingUid('111122223333', 'us-east-1', 'glue-data-catalog-encryption') },
  )

/** Catalog settings with every encryption off; tests spread their changes over it. */
export const base: Settings = {
  catalogEncryptionMode: 'DISABLED',
  catalogKmsKeyId: null,
  connectionPasswordEncrypted: false,
  connectionPasswordKmsKeyId: null,
}

/** A security configuration that encrypts nothing. */
export const off: GlueJobEncryption = { s3: 'DISABLED', cloudWatch: 'DISABLED', jobBookmarks: 'DISABLED' }

/** A job using security configuration `etl-encrypted`, which encrypts nothing until a test says otherwise. */
export const job = (attrs: Partial<GlueJobAttributes>) =>
  awsFixture<GlueJobAttributes>(AWS.glueJob, {
    jobName: 'nightly-etl',
    commandName: 'glueetl',
    securityConfiguration: 'etl-encrypted',
    encryption: off,
    argumentNames: [],
    argumentSecrets: [],
    ...attrs,
  })
