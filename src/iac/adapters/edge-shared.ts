/**
 * Helpers the edge adapters share: ARN-like links between resources of one unit, and the CloudFormation
 * property shapes several edge services use.
 */
import { isUnknown, type Maybe } from '../../core/unknown.js'
import { isIacRef, type AdaptContext, type IacResource, type PartialUnknown } from '../model.js'
import { isUnset, str } from './values.js'

type Values = Readonly<Record<string, unknown>>

/**
 * An ARN or id written in code, as the normalized attribute that holds it: the uid of the resource when the code
 * references one declared in the unit (so inventory lookups by ARN find it), the literal when written out, the
 * source text of an interpolated string (`"${aws_cloudwatch_log_group.x.arn}:*"`), Unknown otherwise. Unset → null.
 */
export function linkOf(v: unknown, ctx: AdaptContext): Maybe<string | null> {
  if (isUnset(v)) return null
  const target = ctx.resolve(v)
  if (target) return ctx.uidOf(target)
  if (isUnknown(v)) return (v as PartialUnknown).text ?? v
  if (isIacRef(v)) return str(v, null)
  const s = str(v, null)
  return s === '' ? null : s
}

/**
 * A link for attributes whose type has no Unknown (`string | null`) and whose checks only ask whether one is set:
 * a value that exists only after apply still says "set", so it is kept as the Unknown marker, which is truthy.
 */
export function presentLink(v: unknown, ctx: AdaptContext): string | null {
  return linkOf(v, ctx) as string | null
}

/** True when `value` (an IacRef, literal or interpolated string) designates `target`. */
export function pointsAt(value: unknown, target: IacResource, ctx: AdaptContext, literals: readonly string[] = []): boolean {
  if (ctx.resolve(value) === target) return true
  if (typeof value === 'string') return literals.includes(value)
  if (isUnknown(value)) {
    const text = (value as PartialUnknown).text
    return text !== undefined && new RegExp(`\\$\\{${escape(target.address)}[.}]`).test(text)
  }
  return false
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** The resources of `type` whose `field` designates `target` (reference, interpolation, or one of the literals). */
export function partsOf(ctx: AdaptContext, type: string, field: string, target: IacResource, literals: readonly string[] = []): IacResource[] {
  return ctx.ofType(type).filter((r) => pointsAt(r.values[field], target, ctx, literals))
}

/** A CloudFormation list property as objects (non-objects dropped); Unknown when the list itself is. */
export function cfnList(v: unknown): Maybe<Values[]> {
  if (isUnset(v)) return []
  if (isUnknown(v)) return v
  if (!Array.isArray(v)) return typeof v === 'object' && v !== null ? [v as Values] : []
  const out: Values[] = []
  for (const item of v) {
    if (isUnknown(item)) return item
    if (typeof item === 'object' && item !== null && !Array.isArray(item)) out.push(item as Values)
  }
  return out
}

/** The literal string values among `values` (to match parts that name a resource by its literal name or id). */
export function literals(...values: unknown[]): string[] {
  return values.filter((v): v is string => typeof v === 'string' && v !== '')
}
