/**
 * SARIF 2.1.0 (OASIS) for code-scanning dashboards and SARIF viewers. One run; every check that produced a finding is a
 * rule; failures are results, errors are results of kind `open` (undetermined), muted failures carry an accepted
 * external suppression, and passes are left out unless asked for.
 */
import type { Severity } from '../../core/finding.js'
import type { CheckMeta } from '../../evaluate/define-check.js'
import type { ReportFinding } from '../model.js'
import type { RenderInput } from '../render-input.js'
import { complianceLabel, findingId, findingLocations, reportChecks } from './common.js'

/** `$schema` of the logs: the OASIS Standard's (Errata 01) published schema. */
export const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json'
/** tool.driver.informationUri (project home; placeholder until the repository is public). */
export const POSTURE_INFORMATION_URI = 'https://github.com/posture-cspm/posture'
/** partialFingerprints key: versioned so a future change of the hash input can coexist with old baselines. */
export const SARIF_FINGERPRINT_KEY = 'postureFindingHash/v1'

/** GitHub code scanning's `security-severity` (0.0–10.0, CVSS-like bands: ≥9 critical, ≥7 high, ≥4 medium, >0 low). */
export const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '3.0',
  informational: '0.0',
}

type SarifLevel = 'error' | 'warning' | 'note' | 'none'
/** critical/high stop a build (error), medium warns, low and informational are notes. */
export const SARIF_LEVEL: Record<Severity, SarifLevel> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
  informational: 'note',
}

/** Options for SARIF output. */
export interface SarifOptions {
  /** Also emit passing findings as results of kind `pass` (default: only failures and errors). */
  includePassed?: boolean
}

type Json = Record<string, unknown>

/** Check id as a PascalCase rule name (`aws-s3-bucket-x` → `AwsS3BucketX`), as SARIF names are identifiers, not sentences. */
function ruleName(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((p) => p[0]!.toUpperCase() + p.slice(1))
    .join('')
}

function helpMarkdown(meta: CheckMeta): string {
  const r = meta.remediation
  const md = [`**${meta.title}**`, '', meta.rationale, '', '**Remediation**', '', ...r.steps.map((s, i) => `${i + 1}. ${s}`)]
  if (r.cli) md.push('', 'CLI:', '', '```sh', r.cli, '```')
  if (r.terraform) md.push('', `Terraform: ${r.terraform}`)
  if (r.references.length > 0) md.push('', '**References**', '', ...r.references.map((u) => `- <${u}>`))
  return md.join('\n')
}

function helpText(meta: CheckMeta): string {
  const r = meta.remediation
  const text = [meta.rationale, '', 'Remediation:', ...r.steps.map((s, i) => `${i + 1}. ${s}`)]
  if (r.cli) text.push(`CLI: ${r.cli}`)
  if (r.terraform) text.push(`Terraform: ${r.terraform}`)
  if (r.references.length > 0) text.push('References:', ...r.references.map((u) => `- ${u}`))
  return text.join('\n')
}

function rule(meta: CheckMeta, compliance: string[]): Json {
  const helpUri = meta.remediation.references[0]
  return {
    id: meta.id,
    name: ruleName(meta.id),
    shortDescription: { text: meta.title },
    fullDescription: { text: meta.rationale },
    help: { text: helpText(meta), markdown: helpMarkdown(meta) },
    ...(helpUri ? { helpUri } : {}),
    defaultConfiguration: { level: SARIF_LEVEL[meta.severity] },
    properties: {
      tags: [...new Set([...(meta.categories ?? []), 'security'])],
      'security-severity': SECURITY_SEVERITY[meta.severity],
      precision: 'high',
      severity: meta.severity,
      provider: meta.provider,
      service: meta.service,
      resourceType: meta.resourceType,
      ...(compliance.length > 0 ? { compliance } : {}),
    },
  }
}

function locations(f: ReportFinding): Json[] {
  const { resource, physical } = findingLocations(f)
  const logical = { name: resource.name || resource.uid, fullyQualifiedName: resource.uid, kind: 'resource', properties: { type: resource.type } }
  const region = physical?.startLine ? { startLine: physical.startLine, ...(physical.endLine ? { endLine: physical.endLine } : {}) } : undefined
  return [
    {
      ...(physical ? { physicalLocation: { artifactLocation: { uri: physical.file }, ...(region ? { region } : {}) } } : {}),
      logicalLocations: [logical],
    },
  ]
}

/**
 * How a finding's verdict maps to SARIF: fail → kind fail with the severity's level; error → kind `open` ("the tool
 * could not determine whether the rule is violated", SARIF §3.27.9) with level none, as SARIF requires for kinds
 * other than fail, so an undetermined check is never read as a pass nor as a violation; pass → kind pass, level none.
 */
function verdict(f: ReportFinding): { kind: 'fail' | 'open' | 'pass'; level: SarifLevel } {
  if (f.status === 'fail') return { kind: 'fail', level: SARIF_LEVEL[f.severity] }
  if (f.status === 'error') return { kind: 'open', level: 'none' }
  return { kind: 'pass', level: 'none' }
}

function result(f: ReportFinding, ruleIndex: number): Json {
  const { kind, level } = verdict(f)
  return {
    ruleId: f.checkId,
    ruleIndex,
    kind,
    level,
    message: { text: f.status === 'error' ? `Undetermined: ${f.message}` : f.message },
    locations: locations(f),
    partialFingerprints: { [SARIF_FINGERPRINT_KEY]: findingId(f) },
    ...(f.muted
      ? {
          suppressions: [
            {
              kind: 'external',
              status: 'accepted',
              justification: f.muted.reason,
              properties: { suppressionId: f.muted.suppressionId, owner: f.muted.owner, expiresAt: f.muted.expiresAt },
            },
          ],
        }
      : {}),
    properties: {
      status: f.status,
      undetermined: f.status === 'error',
      severity: f.severity,
      provider: f.resource.provider,
      account: f.resource.account,
      region: f.resource.region,
      resourceType: f.resource.type,
      resourceName: f.resource.name,
      compliance: f.compliance.map(complianceLabel),
    },
  }
}

const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$/

/** The SARIF log as a JSON string (2-space indented, trailing newline). */
export function renderSarif(input: RenderInput, options: SarifOptions = {}): string {
  const { report } = input
  const checks = reportChecks(input)
  const index = new Map(checks.map((c, i) => [c.id, i]))
  const complianceByCheck = new Map<string, string[]>()
  for (const f of report.findings) {
    if (!complianceByCheck.has(f.checkId)) complianceByCheck.set(f.checkId, f.compliance.map(complianceLabel))
  }
  const results = report.findings.filter((f) => f.status !== 'pass' || options.includePassed).map((f) => result(f, index.get(f.checkId)!))
  const notifications = report.errors.map((e) => ({
    level: 'warning',
    message: {
      text: `Could not collect ${e.service} (${e.api}) in account ${e.account}, region ${e.region}: ${e.reason}${e.resource ? ` [${e.resource}]` : ''}`,
    },
    descriptor: { id: 'collection-error', index: 0 },
    properties: {
      service: e.service,
      api: e.api,
      account: e.account,
      region: e.region,
      reason: e.reason,
      ...(e.resource ? { resource: e.resource } : {}),
    },
  }))
  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Posture',
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: POSTURE_INFORMATION_URI,
            rules: checks.map((c) => rule(c, complianceByCheck.get(c.id) ?? [])),
            notifications: [
              {
                id: 'collection-error',
                name: 'CollectionError',
                shortDescription: { text: 'A cloud API call failed; resources it would have listed were not evaluated.' },
                defaultConfiguration: { level: 'warning' },
              },
            ],
          },
        },
        automationDetails: {
          id: `posture/${report.scan.provider}/${report.scan.id}`,
          ...(GUID.test(report.scan.id) ? { guid: report.scan.id } : {}),
        },
        invocations: [
          {
            executionSuccessful: true,
            startTimeUtc: report.scan.startedAt,
            endTimeUtc: report.scan.finishedAt,
            toolExecutionNotifications: notifications,
          },
        ],
        results,
        properties: {
          scanId: report.scan.id,
          provider: report.scan.provider,
          accounts: report.scan.accounts,
          regions: report.scan.regions,
          summary: report.summary,
          reportSchemaVersion: report.schemaVersion,
        },
      },
    ],
  }
  return `${JSON.stringify(log, null, 2)}\n`
}
