/**
 * OCSF events for security data lakes and SIEMs (Amazon Security Lake, Splunk, ...). Every finding — pass, fail or
 * error — becomes one Compliance Finding (class 2003, category Findings) with the `cloud` profile.
 *
 * Why Compliance Finding for all: each Posture check evaluates a resource's configuration against a rule, which is
 * what class 2003 describes ("results of evaluations performed against resources, to check compliance with Industry
 * Frameworks or Security Standards"); Detection Finding (2004) is for detections of suspicious activity and has no
 * pass/fail verdict. Checks that no framework maps are still configuration evaluations (against Posture's own rule),
 * so they use the same class with empty standards; one class keeps downstream queries to one table.
 */
import type { Provider } from '../../core/resource.js'
import type { Severity, Status } from '../../core/finding.js'
import type { ReportFinding } from '../model.js'
import type { RenderInput } from '../render-input.js'
import { checkMetaFor, complianceLabel, complianceStandards, epochMs, findingId, findingLocations, partitionOf, SEVERITY_NAMES } from './common.js'

/** The OCSF schema version the events follow (the newest whose official export is vendored; see schema/vendor). */
export const OCSF_VERSION = '1.8.0'
const CLASS_UID = 2003
const CATEGORY_UID = 2
const ACTIVITY_CREATE = 1

/** OCSF severity_id: 1 Informational … 5 Critical. */
export const OCSF_SEVERITY_ID: Record<Severity, number> = { informational: 1, low: 2, medium: 3, high: 4, critical: 5 }

/**
 * compliance.status_id: pass → 1 Pass, fail → 3 Fail, error → 0 Unknown (the check could not decide; never Pass).
 * `compliance.status_code` keeps Posture's own status for every event.
 */
export const OCSF_COMPLIANCE_STATUS: Record<Status, { id: number; name: string }> = {
  pass: { id: 1, name: 'Pass' },
  fail: { id: 3, name: 'Fail' },
  error: { id: 0, name: 'Unknown' },
}

const CLOUD: Record<Provider, { name: string; accountTypeId: number; accountType: string }> = {
  aws: { name: 'AWS', accountTypeId: 10, accountType: 'AWS Account' },
  azure: { name: 'Azure', accountTypeId: 13, accountType: 'Azure Subscription' },
  gcp: { name: 'GCP', accountTypeId: 11, accountType: 'GCP Project' },
}

type Json = Record<string, unknown>

function event(input: RenderInput, f: ReportFinding): Json {
  const { report } = input
  const meta = checkMetaFor(input, f)
  const { resource, physical } = findingLocations(f)
  const cloud = CLOUD[f.resource.provider]
  const time = epochMs(report.scan.finishedAt)
  const region = resource.region !== 'global' ? resource.region : undefined
  const compliance = OCSF_COMPLIANCE_STATUS[f.status]
  // Finding status: a muted finding was reviewed and accepted (Suppressed); everything else is New in this scan.
  const status = f.muted ? { id: 3, name: 'Suppressed' } : { id: 1, name: 'New' }
  const id = findingId(f)
  const references = meta.remediation.references
  return {
    activity_id: ACTIVITY_CREATE,
    activity_name: 'Create',
    category_uid: CATEGORY_UID,
    category_name: 'Findings',
    class_uid: CLASS_UID,
    class_name: 'Compliance Finding',
    type_uid: CLASS_UID * 100 + ACTIVITY_CREATE,
    type_name: 'Compliance Finding: Create',
    time,
    severity_id: OCSF_SEVERITY_ID[f.severity],
    severity: SEVERITY_NAMES[f.severity],
    status_id: status.id,
    status: status.name,
    message: f.message,
    ...(f.muted ? { comment: `Muted by suppression ${f.muted.suppressionId}: ${f.muted.reason}` } : {}),
    metadata: {
      version: OCSF_VERSION,
      uid: `${report.scan.id}/${id}`,
      product: {
        name: 'Posture',
        vendor_name: 'Posture',
        uid: 'posture',
        version: report.tool.version,
        url_string: 'https://github.com/posture-cspm/posture',
      },
      profiles: ['cloud'],
      event_code: f.checkId,
      log_name: 'posture-findings',
      correlation_uid: report.scan.id,
    },
    finding_info: {
      uid: id,
      title: f.title,
      desc: meta.rationale,
      types: [meta.service, ...(meta.categories ?? [])].filter(Boolean),
      created_time: time,
      first_seen_time: epochMs(report.scan.startedAt),
      last_seen_time: time,
      analytic: { uid: f.checkId, name: f.title, type_id: 1, type: 'Rule', category: meta.service || undefined },
    },
    compliance: {
      control: f.checkId,
      standards: complianceStandards(f.compliance),
      requirements: f.compliance.map(complianceLabel),
      status_id: compliance.id,
      status: compliance.name,
      status_code: f.status,
      ...(f.status === 'error' ? { status_details: [f.message] } : {}),
    },
    resources: [
      {
        uid: resource.uid,
        ...(resource.name ? { name: resource.name } : {}),
        type: resource.type,
        ...(region ? { region } : {}),
        cloud_partition: partitionOf(resource.uid),
        provider: cloud.name,
        role_id: 1,
        role: 'Target',
        ...(physical ? { data: { file: physical.file, start_line: physical.startLine, end_line: physical.endLine, address: physical.address } } : {}),
      },
    ],
    cloud: {
      provider: cloud.name,
      account: { uid: resource.account, type_id: cloud.accountTypeId, type: cloud.accountType },
      ...(region ? { region } : {}),
      cloud_partition: partitionOf(resource.uid),
    },
    remediation: {
      desc: meta.remediation.steps.join(' ') || meta.remediation.cli || meta.title,
      ...(references.length > 0 ? { references } : {}),
    },
    unmapped: {
      posture: {
        scan_id: report.scan.id,
        check_id: f.checkId,
        status: f.status,
        severity: f.severity,
        ...(meta.remediation.cli ? { remediation_cli: meta.remediation.cli } : {}),
        ...(meta.remediation.terraform ? { remediation_terraform: meta.remediation.terraform } : {}),
        ...(f.muted
          ? {
              muted: {
                suppression_id: f.muted.suppressionId,
                reason: f.muted.reason,
                owner: f.muted.owner,
                expires_at: f.muted.expiresAt,
              },
            }
          : {}),
      },
    },
  }
}

/** Every finding as an OCSF Compliance Finding event object (for callers that stream or batch them). */
export function ocsfEvents(input: RenderInput): Record<string, unknown>[] {
  return input.report.findings.map((f) => event(input, f))
}

/** Every finding as an OCSF Compliance Finding event: a JSON array, one compact event per line (greppable, diffable). */
export function renderOcsf(input: RenderInput): string {
  const events = ocsfEvents(input).map((e) => JSON.stringify(e))
  return events.length === 0 ? '[]\n' : `[\n${events.join(',\n')}\n]\n`
}
