/**
 * The data the HTML report embeds, deduplicated: a 100,000-finding JSON report is ~117 MB because every finding
 * repeats its check's title, remediation and compliance references. Here each distinct check variant is stored once
 * (a rule), each distinct resource once, each distinct message and suppression once, and findings become columns of
 * indices into those tables. The whole is gzipped and base64-encoded for a `<script type="application/octet-stream">`.
 */
import { gunzipSync, gzipSync } from 'node:zlib'
import type { ComplianceRef, Remediation, Severity, Status } from '../../core/finding.js'
import { STATUSES } from '../../core/finding.js'
import type { Provider, ResourceRef } from '../../core/resource.js'
import type { MuteInfo } from '../../core/suppression.js'
import type { ComplianceReport } from '../../score/types.js'
import type { ReportFinding } from '../model.js'
import type { RenderInput } from '../render-input.js'
import { findingLocations, type PhysicalLocation } from '../formats/common.js'

/** Bumped when the packed shape changes; the browser code checks it. */
export const PACKED_VERSION = 1

/** Where in source code a finding points (IaC scans); live scans have none. */
/** A finding's source location (IaC findings), as every renderer reads it: see formats/common.ts. */
export type FindingLocation = PhysicalLocation

/** The finding's source locations for packing: none for cloud findings, one for IaC findings. */
function sourceLocations(f: ReportFinding): FindingLocation[] {
  const physical = findingLocations(f).physical
  return physical ? [physical] : []
}

/** Check metadata stored once per distinct (check id, title, severity, remediation, compliance) of the findings. */
export interface PackedRule {
  id: string
  title: string
  severity: Severity
  service: string
  resourceType: string
  categories: string[]
  /** Why the check matters (empty when the check's metadata was not given). */
  rationale: string
  remediation: Remediation
  compliance: ComplianceRef[]
}

/** Distinct resources as columns; type/account/region/provider are indices into the string tables. */
export interface PackedResources {
  uid: string[]
  name: string[]
  type: number[]
  account: number[]
  region: number[]
  provider: number[]
}

/**
 * Findings as columns in report order. `resource` and `message` are stored as deltas from the previous row's index
 * (runs of new resources and messages become runs of 1s, which gzip shrinks to almost nothing); `mute` is -1 when the
 * finding is not muted.
 */
export interface PackedFindings {
  rule: number[]
  resource: number[]
  status: number[]
  message: number[]
  mute: number[]
}

/** Everything the browser needs besides the static summary. */
export interface PackedData {
  format: 'posture-html'
  version: number
  statuses: readonly Status[]
  accounts: string[]
  regions: string[]
  types: string[]
  providers: string[]
  rules: PackedRule[]
  resources: PackedResources
  messages: string[]
  mutes: MuteInfo[]
  findings: PackedFindings
  /** Sparse: [finding index, its locations]. */
  locations: [number, FindingLocation[]][]
  compliance: ComplianceReport | null
}

/** Assigns each distinct value an index in first-seen order. */
class Table<T> {
  readonly values: T[] = []
  private readonly index = new Map<string, number>()
  constructor(private readonly key: (value: T) => string) {}
  add(value: T): number {
    const k = this.key(value)
    let i = this.index.get(k)
    if (i === undefined) {
      i = this.values.length
      this.values.push(value)
      this.index.set(k, i)
    }
    return i
  }
}

const strings = (): Table<string> => new Table<string>((s) => s)

const sameList = <T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean): boolean =>
  a === b || (a.length === b.length && a.every((x, i) => same(x, b[i]!)))
const sameRef = (a: ComplianceRef, b: ComplianceRef): boolean =>
  a.framework === b.framework && a.version === b.version && a.requirement === b.requirement
const sameRemediation = (a: Remediation, b: Remediation): boolean =>
  a === b ||
  (a.cli === b.cli &&
    a.terraform === b.terraform &&
    'cli' in a === 'cli' in b &&
    'terraform' in a === 'terraform' in b &&
    sameList(a.steps, b.steps, Object.is) &&
    sameList(a.references, b.references, Object.is))

/** True when two findings of one check carry the same check-level fields (so they can share a rule). */
function sameRule(a: ReportFinding, b: ReportFinding): boolean {
  return (
    a.title === b.title && a.severity === b.severity && sameRemediation(a.remediation, b.remediation) && sameList(a.compliance, b.compliance, sameRef)
  )
}

/** The service a check belongs to: its metadata's, else the second part of the id (`aws-s3-...` → s3). */
export function serviceOf(checkId: string, meta?: { service: string }): string {
  return meta?.service ?? checkId.split('-')[1] ?? ''
}

/** Packs a render input's findings (and compliance scores) into deduplicated tables. */
export function packFindings(input: RenderInput): PackedData {
  const { report, checks } = input
  const accounts = strings()
  const regions = strings()
  const types = strings()
  const providers = strings()
  const messages = strings()
  const mutes = new Table<MuteInfo>((m) => JSON.stringify([m.suppressionId, m.reason, m.owner, m.expiresAt]))
  const rules: PackedRule[] = []
  const resources: PackedResources = { uid: [], name: [], type: [], account: [], region: [], provider: [] }
  // Variants seen per check id (almost always one), compared field by field: building a JSON key per finding
  // costs seconds on 100,000 findings read back from a JSON report, where nothing shares objects.
  const variants = new Map<string, { f: ReportFinding; rule: number }[]>()
  const findings: PackedFindings = { rule: [], resource: [], status: [], message: [], mute: [] }
  const locations: [number, FindingLocation[]][] = []
  let prevResource = 0
  let prevMessage = 0

  const ruleOf = (f: ReportFinding): number => {
    const seen = variants.get(f.checkId) ?? []
    const known = seen.find((v) => sameRule(v.f, f))
    if (known) return known.rule
    const meta = checks.get(f.checkId)
    const rule =
      rules.push({
        id: f.checkId,
        title: f.title,
        severity: f.severity,
        service: serviceOf(f.checkId, meta),
        resourceType: meta?.resourceType ?? f.resource.type,
        categories: [...(meta?.categories ?? [])],
        rationale: meta?.rationale ?? '',
        remediation: f.remediation,
        compliance: f.compliance,
      }) - 1
    variants.set(f.checkId, [...seen, { f, rule }])
    return rule
  }

  // By uid first (unique in practice); the full key only when one uid comes with different names, types or places.
  const byUid = new Map<string, number>()
  const byKey = new Map<string, number>()
  const addResource = (r: ResourceRef): number => {
    const i = resources.uid.length
    resources.uid.push(r.uid)
    resources.name.push(r.name)
    resources.type.push(types.add(r.type))
    resources.account.push(accounts.add(r.account))
    resources.region.push(regions.add(r.region))
    resources.provider.push(providers.add(r.provider))
    return i
  }
  const sameResource = (i: number, r: ResourceRef): boolean =>
    resources.name[i] === r.name &&
    types.values[resources.type[i]!] === r.type &&
    accounts.values[resources.account[i]!] === r.account &&
    regions.values[resources.region[i]!] === r.region &&
    providers.values[resources.provider[i]!] === r.provider
  const resourceOf = (r: ResourceRef): number => {
    const first = byUid.get(r.uid)
    if (first === undefined) {
      const i = addResource(r)
      byUid.set(r.uid, i)
      return i
    }
    if (sameResource(first, r)) return first
    const key = JSON.stringify([r.uid, r.name, r.type, r.account, r.region, r.provider])
    let i = byKey.get(key)
    if (i === undefined) byKey.set(key, (i = addResource(r)))
    return i
  }

  // Scan-wide accounts and regions come first so filters list them even when no finding mentions them.
  for (const a of report.scan.accounts) accounts.add(a)
  for (const r of report.scan.regions) regions.add(r)

  for (let i = 0; i < report.findings.length; i++) {
    const f = report.findings[i]!
    const resource = resourceOf(f.resource)
    const message = messages.add(f.message)
    findings.rule.push(ruleOf(f))
    findings.resource.push(resource - prevResource)
    findings.status.push(STATUSES.indexOf(f.status))
    findings.message.push(message - prevMessage)
    findings.mute.push(f.muted ? mutes.add(f.muted) : -1)
    prevResource = resource
    prevMessage = message
    const located = sourceLocations(f)
    if (located.length > 0) locations.push([i, located])
  }

  return {
    format: 'posture-html',
    version: PACKED_VERSION,
    statuses: STATUSES,
    accounts: accounts.values,
    regions: regions.values,
    types: types.values,
    providers: providers.values,
    rules,
    resources,
    messages: messages.values,
    mutes: mutes.values,
    findings,
    locations,
    compliance: input.compliance ?? null,
  }
}

/** Rebuilds the report's findings from packed data: the inverse of packFindings (what the browser code does too). */
export function unpackFindings(data: PackedData): ReportFinding[] {
  const out: ReportFinding[] = []
  const located = new Map(data.locations)
  let resource = 0
  let message = 0
  const { findings: f, resources: r } = data
  for (let i = 0; i < f.rule.length; i++) {
    resource += f.resource[i]!
    message += f.message[i]!
    const rule = data.rules[f.rule[i]!]!
    const mute = f.mute[i]!
    const finding: ReportFinding & { location?: FindingLocation } = {
      checkId: rule.id,
      title: rule.title,
      status: data.statuses[f.status[i]!]!,
      severity: rule.severity,
      resource: {
        uid: r.uid[resource]!,
        type: data.types[r.type[resource]!]!,
        provider: data.providers[r.provider[resource]!] as Provider,
        account: data.accounts[r.account[resource]!]!,
        region: data.regions[r.region[resource]!]!,
        name: r.name[resource]!,
      },
      message: data.messages[message]!,
      remediation: rule.remediation,
      compliance: rule.compliance,
      ...(mute >= 0 ? { muted: data.mutes[mute]! } : {}),
    }
    const locations = located.get(i)
    if (locations?.[0]) finding.location = locations[0]
    out.push(finding)
  }
  return out
}

/**
 * gzip + base64: the form embedded in the page (base64 has no `<`, so it can never end its script element). Level 6:
 * on 100,000 findings level 9 saves 9 % more for 4–5 times the time (docs/html-report.md).
 */
export function encodePacked(data: PackedData): string {
  return gzipSync(Buffer.from(JSON.stringify(data), 'utf8'), { level: 6 }).toString('base64')
}

/** Inverse of encodePacked, for tests and tools reading a report back. */
export function decodePacked(text: string): PackedData {
  const data = JSON.parse(gunzipSync(Buffer.from(text, 'base64')).toString('utf8')) as PackedData
  if (data.format !== 'posture-html' || data.version !== PACKED_VERSION) throw new Error(`unsupported packed data: ${data.format} v${data.version}`)
  return data
}
