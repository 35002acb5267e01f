import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { GCP_DATA_TYPES, type BigQueryDatasetAttributes } from '../../../normalize/gcp/types-data.js'

// CIS Google Cloud Foundations 7.3.
/** A default Cloud KMS key makes every new table in the dataset customer-key encrypted without per-table care. */
export default defineCheck<BigQueryDatasetAttributes>({
  id: 'gcp-bigquery-dataset-cmk',
  title: 'BigQuery dataset has a default customer-managed encryption key',
  resourceType: GCP_DATA_TYPES.bigqueryDataset,
  severity: 'low',
  categories: ['encryption'],
  rationale:
    'With Google-managed keys you cannot revoke access to the data by disabling a key, restrict who may use the key, or audit each ' +
    'use; a default CMEK on the dataset applies your key to every table created in it.',
  remediation: {
    steps: [
      'Create a Cloud KMS key in the dataset location and grant the BigQuery service account roles/cloudkms.cryptoKeyEncrypterDecrypter on it.',
      'Set it as the default key of the dataset; re-create or copy existing tables to re-encrypt them.',
    ],
    cli: 'bq update --default_kms_key=projects/<p>/locations/<loc>/keyRings/<ring>/cryptoKeys/<key> <project>:<dataset>',
    terraform: 'google_bigquery_dataset { default_encryption_configuration { kms_key_name = google_kms_crypto_key.<key>.id } }',
    references: ['https://cloud.google.com/bigquery/docs/customer-managed-encryption'],
  },
  evaluate(dataset, result) {
    const id = dataset.attributes.datasetId
    const key = known(dataset.attributes.defaultKmsKeyName, 'dataset default encryption configuration')
    return key
      ? result.pass(`Dataset ${id} encrypts new tables with ${key} by default.`)
      : result.fail(`Dataset ${id} has no default customer-managed key, so new tables use Google-managed encryption.`)
  },
})
