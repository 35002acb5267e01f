/** Helpers shared by the machine-readable renderers (SARIF, OCSF, ASFF, JUnit, CSV). */
import type { ComplianceRef, Severity } from '../../core/finding.js'
import { fingerprint } from '../../core/fingerprint.js'
import type { CheckMeta } from '../../evaluate/define-check.js'
import type { FindingLocation, ReportFinding } from '../model.js'
import type { RenderInput } from '../render-input.js'

/** Where a finding is in source (IaC scans): file, 1-based lines, and the resource's address in that file. */
export type PhysicalLocation = FindingLocation

/** A finding's places: always the cloud resource; a file location too when the finding came from IaC. */
export interface FindingLocations {
  resource: { uid: string; name: string; type: string; account: string; region: string }
  physical?: PhysicalLocation
}

/** The locations of a finding: the resource, plus the file location IaC findings carry. */
export function findingLocations(f: ReportFinding): FindingLocations {
  const { uid, name, type, account, region } = f.resource
  const physical: PhysicalLocation | undefined = f.location
  return { resource: { uid, name, type, account, region }, ...(physical?.file ? { physical } : {}) }
}

/** Stable identity of a finding across scans and formats (the same hash the store uses). */
export function findingId(f: ReportFinding): string {
  return fingerprint(f.checkId, f.resource.uid)
}

/** A compliance reference as one human-readable token: `cis-aws 7.0.0 2.1.1`. */
export function complianceLabel(ref: ComplianceRef): string {
  return `${ref.framework} ${ref.version} ${ref.requirement}`
}

/** Distinct frameworks (`id version`) a finding maps to, in first-seen order. */
export function complianceStandards(refs: readonly ComplianceRef[]): string[] {
  return [...new Set(refs.map((r) => `${r.framework} ${r.version}`))]
}

/**
 * Shortens text to at most `max` Unicode code points, ending with an ellipsis when cut. Counting code points (not
 * UTF-16 units) never splits a surrogate pair and matches how JSON Schema's maxLength counts.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text
  const chars = Array.from(text)
  if (chars.length <= max) return text
  return `${chars.slice(0, Math.max(0, max - 1)).join('')}…`
}

/** Display names of severities (OCSF captions, SARIF/JUnit text). */
export const SEVERITY_NAMES: Record<Severity, string> = {
  critical: 'Critical',
  high: 'High',
  medium: 'Medium',
  low: 'Low',
  informational: 'Informational',
}

/**
 * Check metadata for a finding: from the input when known, else rebuilt from what the finding carries, so a report
 * rendered without the registry (e.g. an old stored scan) still produces complete rules and remediation.
 */
export function checkMetaFor(input: RenderInput, f: ReportFinding): CheckMeta {
  const known = input.checks.get(f.checkId)
  if (known) return known
  const [, service = ''] = f.checkId.split('-')
  return {
    id: f.checkId,
    title: f.title,
    provider: f.resource.provider,
    service,
    resourceType: f.resource.type,
    severity: f.severity,
    rationale: f.title,
    remediation: f.remediation,
  }
}

/** The checks the report's findings mention, sorted by id (rule lists, suites). */
export function reportChecks(input: RenderInput): CheckMeta[] {
  const byId = new Map<string, CheckMeta>()
  for (const f of input.report.findings) if (!byId.has(f.checkId)) byId.set(f.checkId, checkMetaFor(input, f))
  return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id))
}

/** The AWS partition named in an ARN (`arn:aws-cn:...` → aws-cn); `aws` for non-ARN uids. */
export function partitionOf(uid: string): string {
  const m = /^arn:([^:]+):/.exec(uid)
  return m ? m[1]! : 'aws'
}

/** Remediation as one plain-text block: numbered steps, then CLI, Terraform and references. */
export function remediationText(meta: Pick<CheckMeta, 'remediation'>): string {
  const r = meta.remediation
  const lines = r.steps.map((s, i) => `${i + 1}. ${s}`)
  if (r.cli) lines.push(`CLI: ${r.cli}`)
  if (r.terraform) lines.push(`Terraform: ${r.terraform}`)
  if (r.references.length > 0) lines.push(`References: ${r.references.join(' ')}`)
  return lines.join('\n')
}

/** Epoch milliseconds of an ISO timestamp (OCSF timestamp_t). */
export function epochMs(iso: string): number {
  return new Date(iso).getTime()
}
