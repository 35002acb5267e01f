import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type GlueDataCatalogEncryptionAttributes } from '../../../normalize/aws/types.js'

/** Glue should encrypt connection passwords with KMS, so GetConnection does not return them in plaintext. */
export default defineCheck<GlueDataCatalogEncryptionAttributes>({
  id: 'aws-glue-connection-password-encrypted',
  title: 'Glue Data Catalog encrypts connection passwords with KMS',
  resourceType: AWS.glueDataCatalogEncryption,
  severity: 'medium',
  categories: ['encryption'],
  rationale:
    'Glue connections store database passwords; without connection password encryption, anyone allowed glue:GetConnection can read ' +
    'them in plaintext, while with it they also need kms:Decrypt on the key.',
  remediation: {
    steps: ['In Glue settings for the region, enable connection password encryption with a KMS key.'],
    cli: 'aws glue put-data-catalog-encryption-settings --data-catalog-encryption-settings \'{"ConnectionPasswordEncryption":{"ReturnConnectionPasswordEncrypted":true,"AwsKmsKeyId":"<key-arn>"}}\'',
    terraform:
      'aws_glue_data_catalog_encryption_settings: connection_password_encryption { return_connection_password_encrypted = true, aws_kms_key_id = <key-arn> }.',
    references: ['https://docs.aws.amazon.com/glue/latest/dg/encrypt-connection-passwords.html'],
  },
  evaluate(catalog, result) {
    const s = known(catalog.attributes.settings, `Data Catalog encryption settings in ${catalog.region}`)
    return s.connectionPasswordEncrypted
      ? result.pass(`Glue connection passwords in ${catalog.region} are encrypted with ${s.connectionPasswordKmsKeyId ?? 'a KMS key'}.`)
      : result.fail(`Glue connection passwords in ${catalog.region} are not encrypted with KMS, so GetConnection returns them in plaintext.`)
  },
})
