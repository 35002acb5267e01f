/** CloudTrail helpers shared by account-level trail checks and the CIS monitoring (metric filter) checks. */
import type { Resource } from '../../core/resource.js'
import { isUnknown, NotCollectedError } from '../../core/unknown.js'
import type { CheckContext, ResultBuilder, Verdict } from '../../evaluate/define-check.js'
import { AWS, type AccountAttributes, type TrailAttributes, type TrailEventSelectors } from '../../normalize/aws/types.js'

/** A normalized CloudTrail trail. */
export type Trail = Resource<TrailAttributes>

/** What one candidate (a trail, a recorder, ...) showed: `ok` with what satisfied, or a phrase saying what it lacks. */
export interface Probe {
  ok: boolean
  detail: string
}

/** A satisfied probe. */
export function satisfied(detail: string): Probe {
  return { ok: true, detail }
}

/** A probe that found something missing. */
export function lacking(detail: string): Probe {
  return { ok: false, detail }
}

/** Each trail once: DescribeTrails lists a multi-region trail from every region it covers (shadow trails), uid = ARN. */
export function uniqueTrails(trails: readonly Trail[]): Trail[] {
  const seen = new Map<string, Trail>()
  for (const t of trails) if (!seen.has(t.uid)) seen.set(t.uid, t)
  return [...seen.values()]
}

/** Known shortfalls and not-collected facts of a trail, gathered before deciding. */
interface Assessment {
  gaps: string[]
  missing: string[]
}

/** Multi-region and logging: the prerequisites of every account-wide trail requirement. */
function assessCoverage(trail: Trail): Assessment {
  const a = trail.attributes
  const out: Assessment = { gaps: [], missing: [] }
  if (!a.isMultiRegion) out.gaps.push(`covers only ${a.homeRegion}`)
  if (isUnknown(a.isLogging)) out.missing.push(`logging status of trail ${a.name} (${a.isLogging.$unknown})`)
  else if (!a.isLogging) out.gaps.push('is not logging')
  return out
}

/** Adds the event-selector requirement `need` (a phrase when unmet, null when met) to the assessment. */
function assessSelectors(trail: Trail, out: Assessment, need: (s: TrailEventSelectors) => string | null): Assessment {
  const sel = trail.attributes.eventSelectors
  if (isUnknown(sel)) out.missing.push(`event selectors of trail ${trail.attributes.name} (${sel.$unknown})`)
  else {
    const gap = need(sel)
    if (gap) out.gaps.push(gap)
  }
  return out
}

/** Known gaps win; with none known but something not collected, the trail is undecidable (NotCollectedError). */
function decide(out: Assessment): string[] {
  if (out.gaps.length === 0 && out.missing.length > 0) throw new NotCollectedError(out.missing.join('; '))
  return out.gaps
}

/**
 * What keeps a trail from being an account's baseline trail: multi-region, logging, recording all (read and
 * write) management events, as CIS AWS Foundations v1.4 3.1 asks. A known shortfall is reported even when other
 * attributes are Unknown; when nothing known is missing but something was not collected, it throws
 * NotCollectedError, since the trail might then be compliant or not.
 */
export function baselineGaps(trail: Trail): string[] {
  return decide(
    assessSelectors(trail, assessCoverage(trail), (s) => (s.managementEvents === 'All' ? null : describeManagementEvents(s.managementEvents))),
  )
}

/**
 * What keeps a trail from recording S3 object-level `access` data events for all buckets in every region
 * (CIS AWS Foundations v1.4 3.10 / 3.11): multi-region, logging, and the data-event selector. Same rules as baselineGaps.
 */
export function s3DataEventGaps(trail: Trail, access: 'read' | 'write'): string[] {
  const need = (s: TrailEventSelectors) => (s.s3DataEventsAllBuckets[access] ? null : `does not record S3 object ${access} events for all buckets`)
  return decide(assessSelectors(trail, assessCoverage(trail), need))
}

/** "records only read-only management events" and the like, for messages. */
function describeManagementEvents(recorded: 'ReadOnly' | 'WriteOnly' | 'None' | 'All'): string {
  if (recorded === 'None') return 'records no management events'
  return `records only ${recorded === 'ReadOnly' ? 'read-only' : 'write-only'} management events`
}

/** "a", "a and b", "a, b and c". */
export function joinAnd(parts: readonly string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`
}

/** Wording for the fail/error message when no candidate satisfies. */
export interface SearchWording {
  /** Message when there is no candidate at all. */
  none: string
  /** Leads the list of shortfalls, e.g. "No trail records S3 write data events". */
  lead: string
}

/**
 * Verdict over alternative candidates, any one of which suffices (e.g. "some trail in the account ..."):
 * PASS on the first satisfying probe; otherwise ERROR when a probe could not be decided (NotCollectedError),
 * since the undecided candidate may be the compliant one; otherwise FAIL listing what each one lacks.
 */
export function anySatisfies<T>(items: readonly T[], probe: (item: T) => Probe, result: ResultBuilder, wording: SearchWording): Verdict {
  if (items.length === 0) return result.fail(wording.none)
  const gaps: string[] = []
  const undecided: string[] = []
  for (const item of items) {
    try {
      const p = probe(item)
      if (p.ok) return result.pass(p.detail)
      gaps.push(p.detail)
    } catch (err) {
      if (!(err instanceof NotCollectedError)) throw err
      undecided.push(err.reason)
    }
  }
  if (undecided.length > 0) {
    const others = gaps.length > 0 ? `; the others fall short: ${gaps.join('; ')}` : ''
    return result.error(`Could not be decided: not collected: ${undecided.join('; ')}${others}.`)
  }
  return result.fail(`${wording.lead}: ${gaps.join('; ')}.`)
}

/** Verdict of the S3 data-event checks: PASS when some multi-region, logging trail records S3 object `access` events for all buckets. */
export function s3DataEventsVerdict(
  account: Resource<AccountAttributes>,
  access: 'read' | 'write',
  result: ResultBuilder,
  ctx: CheckContext,
): Verdict {
  const trails = uniqueTrails(ctx.inventory.resources<TrailAttributes>(AWS.cloudtrailTrail, { account: account.account }))
  return anySatisfies(
    trails,
    (t) => {
      const gaps = s3DataEventGaps(t, access)
      return gaps.length === 0
        ? satisfied(`Multi-region trail ${t.attributes.name} records S3 object ${access} events for all buckets.`)
        : lacking(`trail ${t.attributes.name} ${joinAnd(gaps)}`)
    },
    result,
    {
      none: `Account ${account.account} has no CloudTrail trail, so S3 object ${access} events are not recorded.`,
      lead: `No multi-region, logging trail records S3 object ${access} events for all buckets`,
    },
  )
}
