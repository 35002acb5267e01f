import { defineCheck } from '../../../evaluate/define-check.js'
import { GCP_CORE, type GcpProjectAttributes } from '../../../normalize/gcp/types.js'
import { GCP_DATA_TYPES, type LogSinkAttributes } from '../../../normalize/gcp/types-data.js'

// CIS Google Cloud Foundations 2.2. Only the project's own sinks are seen: an aggregated sink on a folder or the
// organization (includeChildren) that already exports this project is not visible from here.
/** A copy of every log entry outside the project's default buckets survives their retention and a compromised project. */
export default defineCheck<GcpProjectAttributes>({
  id: 'gcp-logging-sink-all-entries',
  title: 'Project has an enabled log sink exporting all log entries',
  resourceType: GCP_CORE.project,
  severity: 'medium',
  categories: ['logging'],
  rationale:
    'Log buckets keep entries for a limited time (30 days in _Default) and inside the project; a sink with an empty filter sends a ' +
    'complete copy to Cloud Storage, BigQuery or another project for long-term retention, investigation and SIEM ingestion.',
  remediation: {
    steps: [
      'Create a sink with no inclusion filter and no exclusions to a Cloud Storage bucket, BigQuery dataset, Pub/Sub topic or central log bucket.',
      "Grant the sink's writer identity write access on the destination.",
      'Alternatively export from the organization or folder with an aggregated sink (--include-children).',
    ],
    cli: 'gcloud logging sinks create all-entries storage.googleapis.com/<bucket>  # no --log-filter: every entry',
    terraform: 'google_logging_project_sink { destination = "storage.googleapis.com/<bucket>"  filter = "" } (no exclusions, disabled = false)',
    references: ['https://cloud.google.com/logging/docs/export/configure_export_v2', 'https://cloud.google.com/logging/docs/routing/overview'],
  },
  evaluate(project, result, ctx) {
    const sinks = ctx.inventory.resources<LogSinkAttributes>(GCP_DATA_TYPES.loggingSink, { account: project.account })
    const all = sinks.filter((s) => !s.attributes.disabled && s.attributes.filter === '' && s.attributes.exclusionFilters.length === 0)
    if (all.length > 0) return result.pass(`Project ${project.account} exports every log entry through sink ${all.map((s) => s.name).join(', ')}.`)
    const near = sinks.filter((s) => s.attributes.filter === '')
    const why = near.map((s) => `${s.name} ${s.attributes.disabled ? 'is disabled' : 'has exclusions'}`)
    return result.fail(
      `Project ${project.account} has ${sinks.length} log sink(s) and none exports every entry with an empty filter${why.length > 0 ? ` (${why.join(', ')})` : ''}.`,
    )
  },
})
