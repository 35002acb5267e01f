import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { GCP_DATA_TYPES, type BigQueryAccessEntry, type BigQueryDatasetAttributes } from '../../../normalize/gcp/types-data.js'

/** Principals meaning "anyone on the internet" or "anyone with a Google account". */
const PUBLIC = new Set(['allUsers', 'allAuthenticatedUsers'])

/** True for an access entry granting the dataset to everyone (specialGroup or iamMember form). */
function isPublic(a: BigQueryAccessEntry): boolean {
  return (a.kind === 'specialGroup' || a.kind === 'iamMember') && PUBLIC.has(a.member)
}

// CIS Google Cloud Foundations 7.1.
/** A dataset shared with allUsers or allAuthenticatedUsers can be read by anyone on the internet. */
export default defineCheck<BigQueryDatasetAttributes>({
  id: 'gcp-bigquery-dataset-not-public',
  title: 'BigQuery dataset is not shared with allUsers or allAuthenticatedUsers',
  resourceType: GCP_DATA_TYPES.bigqueryDataset,
  severity: 'critical',
  categories: ['data-exposure'],
  rationale:
    'allAuthenticatedUsers means any Google account, not your organization; allUsers means anyone. Either exposes every table in ' +
    'the dataset to be queried (and billed to them) by strangers.',
  remediation: {
    steps: [
      'Remove the allUsers and allAuthenticatedUsers entries from the dataset sharing settings.',
      'Grant access to the groups, service accounts or authorized views that need it.',
      'Consider the domain-restricted sharing organization policy (iam.allowedPolicyMemberDomains).',
    ],
    cli: 'bq show --format=prettyjson <project>:<dataset> > ds.json  # delete the public entries from "access", then: bq update --source ds.json <project>:<dataset>',
    terraform: 'Remove google_bigquery_dataset_access / access blocks with special_group = "allAuthenticatedUsers" or iam_member = "allUsers".',
    references: [
      'https://cloud.google.com/bigquery/docs/control-access-to-resources-iam',
      'https://cloud.google.com/bigquery/docs/dataset-access-controls',
    ],
  },
  evaluate(dataset, result) {
    const id = dataset.attributes.datasetId
    const open = known(dataset.attributes.access, 'dataset access list').filter(isPublic)
    if (open.length === 0) return result.pass(`Dataset ${id} grants nothing to allUsers or allAuthenticatedUsers.`)
    return result.fail(`Dataset ${id} grants ${open.map((a) => `${a.role ?? 'access'} to ${a.member}`).join(', ')}.`)
  },
})
