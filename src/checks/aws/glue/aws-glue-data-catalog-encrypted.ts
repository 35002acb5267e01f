import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type GlueDataCatalogEncryptionAttributes } from '../../../normalize/aws/types.js'

/** The Glue Data Catalog of each region should encrypt its metadata at rest with KMS. */
export default defineCheck<GlueDataCatalogEncryptionAttributes>({
  id: 'aws-glue-data-catalog-encrypted',
  title: 'Glue Data Catalog metadata is encrypted at rest',
  resourceType: AWS.glueDataCatalogEncryption,
  severity: 'medium',
  categories: ['encryption'],
  rationale:
    'The Data Catalog holds table definitions, S3 locations, partition values and connection details for the data lake; ' +
    'encrypting it with KMS protects that metadata at rest and makes reading it also depend on the key policy.',
  remediation: {
    steps: ['In Glue settings for the region, enable metadata encryption with a KMS key (SSE-KMS).'],
    cli: 'aws glue put-data-catalog-encryption-settings --data-catalog-encryption-settings \'{"EncryptionAtRest":{"CatalogEncryptionMode":"SSE-KMS","SseAwsKmsKeyId":"<key-arn>"}}\'',
    terraform:
      'aws_glue_data_catalog_encryption_settings: data_catalog_encryption_settings { encryption_at_rest { catalog_encryption_mode = "SSE-KMS", sse_aws_kms_key_id = <key-arn> } }.',
    references: ['https://docs.aws.amazon.com/glue/latest/dg/encrypt-glue-data-catalog.html'],
  },
  evaluate(catalog, result) {
    const s = known(catalog.attributes.settings, `Data Catalog encryption settings in ${catalog.region}`)
    return s.catalogEncryptionMode !== 'DISABLED'
      ? result.pass(
          `The Glue Data Catalog in ${catalog.region} is encrypted (${s.catalogEncryptionMode}${s.catalogKmsKeyId ? ` with ${s.catalogKmsKeyId}` : ''}).`,
        )
      : result.fail(`The Glue Data Catalog in ${catalog.region} has metadata encryption DISABLED.`)
  },
})
