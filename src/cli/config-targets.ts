import { Cron } from 'croner'
import { REGION_PATTERN } from '../scan/aws.js'
import type { ConfigIssue } from './config-types.js'
import { isSubscriptionId } from '../collect/azure/session.js'
import { isProjectId } from '../collect/gcp/session.js'

/** One scan target of `posture watch`, as declared under `targets:` in the config file. */
export interface WatchTarget {
  /** Unique name; recorded as the scan's target. */
  name: string
  provider: 'aws' | 'azure' | 'gcp'
  /** AWS: profile, roleArn, externalId, regions. */
  profile?: string
  roleArn?: string
  externalId?: string
  regions?: string[]
  endpoint?: string
  /** Azure: subscription ids (default: every readable one) and tenant. */
  subscriptions?: string[]
  tenant?: string
  /** Google Cloud: project ids, or an organization or folder to enumerate (default: every visible project). */
  projects?: string[]
  organization?: string
  folder?: string
  /** Check id globs. */
  checks?: string[]
  /** Cron expression (5 fields, or 6 with seconds first, as croner reads it). */
  schedule: string
  /** IANA time zone the schedule is read in (default: the machine's). */
  timezone?: string
}

/** What the config loader gives the validator: the file name and the line of the YAML node at a key/index path. */
export interface TargetsContext {
  file: string
  /** Line (1-based) of the node at e.g. ['targets', 2, 'schedule'], or null when the path has no node. */
  lineOf(path: readonly (string | number)[]): number | null
}

/** The valid targets, and one issue per problem (a target with any problem is skipped). */
export interface TargetsResult {
  targets: WatchTarget[]
  issues: ConfigIssue[]
}

const FIELDS = [
  'name',
  'provider',
  'profile',
  'roleArn',
  'externalId',
  'regions',
  'subscriptions',
  'tenant',
  'projects',
  'organization',
  'folder',
  'endpoint',
  'checks',
  'schedule',
  'timezone',
] as const
/** Fields that belong to one provider only. */
const PROVIDER_FIELDS: Record<WatchTarget['provider'], readonly Field[]> = {
  aws: ['profile', 'roleArn', 'externalId', 'regions'],
  azure: ['subscriptions', 'tenant'],
  gcp: ['projects', 'organization', 'folder'],
}
const PROVIDERS = Object.keys(PROVIDER_FIELDS) as WatchTarget['provider'][]
type Field = (typeof FIELDS)[number]
// Names become the scan's `target`; ad-hoc scans use '<provider>:<account>', so ':' stays reserved for those.
const NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/
const ROLE_ARN_PATTERN = /^arn:aws[a-z-]*:iam::\d{12}:role\/.+/

/** Collects the issues of one target entry, each located at the field it is about. */
class EntryIssues {
  readonly list: ConfigIssue[] = []
  constructor(
    private readonly ctx: TargetsContext,
    private readonly index: number,
    private readonly label: string,
  ) {}

  add(field: string | null, message: string): void {
    const path: (string | number)[] = field ? ['targets', this.index, field] : ['targets', this.index]
    const line = this.ctx.lineOf(path) ?? this.ctx.lineOf(['targets', this.index]) ?? this.ctx.lineOf(['targets'])
    const dotted = `targets[${this.index}]${field ? `.${field}` : ''}`
    this.list.push({ file: this.ctx.file, line, path: dotted, message: `${this.label}: ${message}` })
  }
}

/** An optional string field; undefined when absent, null (with an issue) when of the wrong type. */
function optionalString(entry: Record<string, unknown>, field: Field, issues: EntryIssues): string | undefined | null {
  const value = entry[field]
  if (value === undefined || value === null) return undefined
  if (typeof value === 'string' && value.trim() !== '') return value.trim()
  issues.add(field, `${field} must be a non-empty string`)
  return null
}

/** A list of strings given as a YAML list or a comma-separated string. */
function stringList(entry: Record<string, unknown>, field: Field, issues: EntryIssues): string[] | undefined | null {
  const value = entry[field]
  if (value === undefined || value === null) return undefined
  const items = typeof value === 'string' ? value.split(',') : Array.isArray(value) ? value : null
  if (!items || items.some((v) => typeof v !== 'string' || v.trim() === '')) {
    issues.add(field, `${field} must be a list of non-empty strings (or one comma-separated string)`)
    return null
  }
  const list = (items as string[]).map((v) => v.trim())
  if (list.length === 0) {
    issues.add(field, `${field} must not be empty (omit it to use the default)`)
    return null
  }
  return list
}

/** True when Intl knows the IANA zone (croner itself only fails on it at the first tick). */
function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone })
    return true
  } catch {
    return false
  }
}

/** Why a cron expression cannot schedule anything, or null when it is valid and fires at least once more. */
export function scheduleProblem(schedule: string, timezone?: string): string | null {
  // Croner reads a string containing ':' as a one-off ISO date; a watch schedule must recur.
  if (schedule.includes(':')) return `"${schedule}" is a date, not a cron expression`
  try {
    const job = new Cron(schedule, { paused: true, timezone })
    const next = job.nextRun()
    job.stop()
    return next ? null : `"${schedule}" never fires again`
  } catch (err) {
    const reason = (err as Error).message.replace(/^CronPattern: /, '').replace(/\.$/, '')
    return `invalid cron expression "${schedule}": ${reason} (use 5 fields "min hour day month weekday", or 6 with seconds first)`
  }
}

/** Schedule and timezone of an entry; null when either is invalid. */
function scheduleFields(entry: Record<string, unknown>, issues: EntryIssues): { schedule: string; timezone?: string } | null {
  const timezone = optionalString(entry, 'timezone', issues)
  if (typeof timezone === 'string' && !isTimeZone(timezone)) {
    issues.add('timezone', `unknown time zone "${timezone}" (use an IANA name such as Europe/Paris or UTC)`)
    return null
  }
  const schedule = entry.schedule
  if (schedule === undefined || schedule === null) {
    issues.add('schedule', 'schedule is required (a cron expression, e.g. "0 3 * * *" for 03:00 daily)')
    return null
  }
  if (typeof schedule !== 'string' || schedule.trim() === '') {
    issues.add('schedule', 'schedule must be a cron expression string, e.g. "0 3 * * *"')
    return null
  }
  const problem = scheduleProblem(schedule.trim(), timezone ?? undefined)
  if (problem) issues.add('schedule', problem)
  return problem || timezone === null ? null : { schedule: schedule.trim(), ...(timezone ? { timezone } : {}) }
}

/** AWS access fields (profile, role, endpoint, regions, checks); null when any is invalid. */
function awsFields(entry: Record<string, unknown>, issues: EntryIssues): Partial<WatchTarget> | null {
  const before = issues.list.length
  const profile = optionalString(entry, 'profile', issues)
  const roleArn = optionalString(entry, 'roleArn', issues)
  const externalId = optionalString(entry, 'externalId', issues)
  const endpoint = optionalString(entry, 'endpoint', issues)
  const regions = stringList(entry, 'regions', issues)
  const checks = stringList(entry, 'checks', issues)
  if (roleArn && !ROLE_ARN_PATTERN.test(roleArn))
    issues.add('roleArn', `invalid role ARN "${roleArn}" (expected arn:aws:iam::<12-digit account>:role/<name>)`)
  if (externalId && !roleArn) issues.add('externalId', 'externalId needs roleArn')
  if (endpoint && !/^https?:\/\/[^/\s]+/.test(endpoint))
    issues.add('endpoint', `invalid endpoint "${endpoint}" (a full http(s) URL such as http://127.0.0.1:5000)`)
  const badRegions = regions?.filter((r) => !REGION_PATTERN.test(r)) ?? []
  if (badRegions.length > 0) issues.add('regions', `invalid region name(s) ${badRegions.join(', ')} (use codes such as us-east-1)`)
  if (issues.list.length > before) return null
  return {
    ...(profile ? { profile } : {}),
    ...(roleArn ? { roleArn } : {}),
    ...(externalId ? { externalId } : {}),
    ...(endpoint ? { endpoint: endpoint.replace(/\/+$/, '') } : {}),
    ...(regions ? { regions: [...new Set(regions)] } : {}),
    ...(checks ? { checks } : {}),
  }
}

/** Azure fields (subscriptions, tenant, endpoint, checks); null when any is invalid. */
function azureFields(entry: Record<string, unknown>, issues: EntryIssues): Partial<WatchTarget> | null {
  const before = issues.list.length
  const subscriptions = stringList(entry, 'subscriptions', issues)
  const tenant = optionalString(entry, 'tenant', issues)
  const endpoint = optionalString(entry, 'endpoint', issues)
  const checks = stringList(entry, 'checks', issues)
  const bad = subscriptions?.filter((s) => !isSubscriptionId(s)) ?? []
  if (bad.length > 0) issues.add('subscriptions', `invalid subscription id(s) ${bad.join(', ')} (GUIDs, see \`az account list\`)`)
  if (endpoint && !/^https:\/\/[^/\s]+/.test(endpoint)) issues.add('endpoint', `invalid endpoint "${endpoint}" (a full https URL)`)
  if (issues.list.length > before) return null
  return {
    ...(subscriptions ? { subscriptions: [...new Set(subscriptions)] } : {}),
    ...(tenant ? { tenant } : {}),
    ...(endpoint ? { endpoint: endpoint.replace(/\/+$/, '') } : {}),
    ...(checks ? { checks } : {}),
  }
}

/** Google Cloud fields (projects, organization, folder, endpoint, checks); null when any is invalid. */
function gcpFields(entry: Record<string, unknown>, issues: EntryIssues): Partial<WatchTarget> | null {
  const before = issues.list.length
  const projects = stringList(entry, 'projects', issues)
  const organization = optionalString(entry, 'organization', issues)
  const folder = optionalString(entry, 'folder', issues)
  const endpoint = optionalString(entry, 'endpoint', issues)
  const checks = stringList(entry, 'checks', issues)
  const bad = projects?.filter((p) => !isProjectId(p)) ?? []
  if (bad.length > 0) issues.add('projects', `invalid project id(s) ${bad.join(', ')} (6-30 lowercase letters, digits, hyphens)`)
  if (organization && !/^\d+$/.test(organization)) issues.add('organization', `invalid organization id "${organization}" (a number)`)
  if (folder && !/^\d+$/.test(folder)) issues.add('folder', `invalid folder id "${folder}" (a number)`)
  if (organization && folder) issues.add('folder', 'organization and folder exclude each other')
  if (endpoint && !/^https:\/\/[^/\s]+/.test(endpoint)) issues.add('endpoint', `invalid endpoint "${endpoint}" (a full https URL)`)
  if (issues.list.length > before) return null
  return {
    ...(projects ? { projects: [...new Set(projects)] } : {}),
    ...(organization ? { organization } : {}),
    ...(folder ? { folder } : {}),
    ...(endpoint ? { endpoint: endpoint.replace(/\/+$/, '') } : {}),
    ...(checks ? { checks } : {}),
  }
}

/** Name and provider of an entry; null when either is invalid. */
function identity(entry: Record<string, unknown>, issues: EntryIssues): { name: string; provider: WatchTarget['provider'] } | null {
  const { name, provider } = entry
  let ok = true
  if (typeof name !== 'string' || !NAME_PATTERN.test(name)) {
    issues.add(
      'name',
      name === undefined ? 'name is required' : 'name must be 1-64 characters: letters, digits, ".", "_" or "-" (starting with a letter or digit)',
    )
    ok = false
  }
  if (!PROVIDERS.includes(provider as WatchTarget['provider'])) {
    const supported = PROVIDERS.join(', ')
    issues.add(
      'provider',
      provider === undefined
        ? `provider is required (supported: ${supported})`
        : `unsupported provider ${JSON.stringify(provider)} (supported: ${supported})`,
    )
    ok = false
  }
  return ok ? { name: name as string, provider: provider as WatchTarget['provider'] } : null
}

/** Validates one entry of the list; returns the target, or null after recording why it is skipped. */
function validateEntry(entry: unknown, index: number, ctx: TargetsContext): { target: WatchTarget | null; issues: ConfigIssue[] } {
  const named = entry && typeof entry === 'object' && typeof (entry as { name?: unknown }).name === 'string'
  const issues = new EntryIssues(ctx, index, named ? `target "${(entry as { name: string }).name}"` : `target #${index + 1}`)
  if (!entry || typeof entry !== 'object' || Array.isArray(entry)) {
    issues.add(null, 'each target must be a mapping with name, provider and schedule')
    return { target: null, issues: issues.list }
  }
  const record = entry as Record<string, unknown>
  // An unknown key is usually a typo ("region:"), which would silently widen or change what gets scanned.
  for (const key of Object.keys(record).filter((k) => !(FIELDS as readonly string[]).includes(k))) {
    issues.add(key, `unknown field "${key}" (known fields: ${FIELDS.join(', ')})`)
  }
  const id = identity(record, issues)
  if (id) {
    // A field of another cloud (regions on an Azure target) would be silently ignored: say so instead.
    for (const [p, fields] of Object.entries(PROVIDER_FIELDS)) {
      if (p === id.provider) continue
      for (const f of fields.filter((f) => f in record))
        issues.add(f, `"${f}" applies to ${p} targets only (this target's provider is ${id.provider})`)
    }
  }
  const access =
    id?.provider === 'azure' ? azureFields(record, issues) : id?.provider === 'gcp' ? gcpFields(record, issues) : awsFields(record, issues)
  const schedule = scheduleFields(record, issues)
  if (!id || !access || !schedule || issues.list.length > 0) return { target: null, issues: issues.list }
  return { target: { ...id, ...access, ...schedule }, issues: [] }
}

/**
 * Validates the config file's `targets:` value (the parsed YAML). Each invalid target is reported (file, line, field)
 * and skipped; the others are returned. A name used twice keeps its first target.
 */
export function validateTargets(node: unknown, ctx: TargetsContext): TargetsResult {
  if (node === undefined || node === null) return { targets: [], issues: [] }
  if (!Array.isArray(node)) {
    return { targets: [], issues: [{ file: ctx.file, line: ctx.lineOf(['targets']), path: 'targets', message: 'targets must be a list of targets' }] }
  }
  const targets: WatchTarget[] = []
  const issues: ConfigIssue[] = []
  const firstIndex = new Map<string, number>()
  node.forEach((entry, index) => {
    const result = validateEntry(entry, index, ctx)
    issues.push(...result.issues)
    if (!result.target) return
    const first = firstIndex.get(result.target.name)
    if (first !== undefined) {
      const firstLine = ctx.lineOf(['targets', first])
      const where = firstLine ? `line ${firstLine}` : `targets[${first}]`
      const line = ctx.lineOf(['targets', index, 'name']) ?? ctx.lineOf(['targets', index])
      issues.push({
        file: ctx.file,
        line,
        path: `targets[${index}].name`,
        message: `target "${result.target.name}": duplicate name (first defined at ${where}); skipped`,
      })
      return
    }
    firstIndex.set(result.target.name, index)
    targets.push(result.target)
  })
  return { targets, issues }
}
