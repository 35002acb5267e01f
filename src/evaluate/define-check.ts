import type { Inventory } from '../core/inventory.js'
import type { Provider, Resource } from '../core/resource.js'
import type { Remediation, Severity, Status } from '../core/finding.js'

/** What a check decided about one resource: a status and one sentence about what was seen. */
export interface Verdict {
  status: Status
  message: string
}

/** Builders for verdicts, handed to every check's evaluate(). */
export interface ResultBuilder {
  pass(message: string): Verdict
  fail(message: string): Verdict
  error(message: string): Verdict
}

/** Read-only context a check may use: the inventory (to follow relations) and the scan time. */
export interface CheckContext {
  inventory: Inventory
  now: Date
}

/**
 * Families a check can belong to, for filtering and docs: `data-exposure` (shared with everyone or outside the
 * organization), `secrets` (credentials in configuration), and the control each check asks for.
 */
export const CHECK_CATEGORIES = [
  'data-exposure',
  'secrets',
  'encryption',
  'logging',
  'network',
  'identity',
  'resilience',
  'patching',
  'threat-detection',
] as const
export type CheckCategory = (typeof CHECK_CATEGORIES)[number]

/** A check's metadata: everything reports and docs show about it. */
export interface CheckMeta {
  id: string
  title: string
  provider: Provider
  service: string
  resourceType: string
  severity: Severity
  /** Families the check belongs to (see CHECK_CATEGORIES). */
  categories?: readonly CheckCategory[]
  rationale: string
  remediation: Remediation
}

/** A check: metadata plus a pure evaluation of one resource. */
export interface Check<A = unknown> extends CheckMeta {
  /** Optional scope: resources for which it returns false get no finding (e.g. only default security groups). */
  applies?(resource: Resource<A>): boolean
  evaluate(resource: Resource<A>, result: ResultBuilder, ctx: CheckContext): Verdict
}

/** The builder every check receives. */
export const RESULT: ResultBuilder = {
  pass: (message) => ({ status: 'pass', message }),
  fail: (message) => ({ status: 'fail', message }),
  error: (message) => ({ status: 'error', message }),
}

type CheckInput<A> = Omit<Check<A>, 'provider' | 'service'> & { provider?: Provider; service?: string }

/**
 * Declares a check. Provider and service default from the id (`aws-s3-...` → aws, s3), which the registry
 * test holds equal to the file name.
 */
export function defineCheck<A>(input: CheckInput<A>): Check<A> {
  const [provider, service] = input.id.split('-')
  return { ...input, provider: input.provider ?? (provider as Provider), service: input.service ?? service ?? '' }
}
