/**
 * Helpers shared by the identity group's adapters (IAM, Lambda, Cognito, EventBridge, Step Functions, Kinesis,
 * Firehose): matching the resources that configure another one, and ARN-like links to declared resources.
 */
import { isUnknown, unknown, type Maybe } from '../../core/unknown.js'
import { isIacRef, type AdaptContext, type IacResource } from '../model.js'
import { isUnset } from './values.js'

type Values = Readonly<Record<string, unknown>>

/** What an ARN-like attribute shows when the code sets it to a value known only after apply. */
export const AFTER_APPLY = '(known after apply)'

/**
 * True when `value` (a reference or a literal) designates `target`: a reference to it, or a literal equal to one of
 * `literals` (its name as written) or an ARN ending with one of `arnSuffixes` (e.g. `:function:billing`).
 */
export function designates(
  ctx: AdaptContext,
  value: unknown,
  target: IacResource,
  literals: readonly string[],
  arnSuffixes: readonly string[] = [],
): boolean {
  if (isIacRef(value)) return ctx.resolve(value) === target
  if (typeof value !== 'string') return false
  return literals.includes(value) || (value.startsWith('arn:') && arnSuffixes.some((s) => value.endsWith(s)))
}

/** True when `value`, or one element of it when it is a list, designates `target` (see designates). */
export function designatesAny(
  ctx: AdaptContext,
  value: unknown,
  target: IacResource,
  literals: readonly string[],
  arnSuffixes: readonly string[] = [],
): boolean {
  const items: unknown[] = Array.isArray(value) ? value : [value]
  return items.some((item) => designates(ctx, item, target, literals, arnSuffixes))
}

/** Resources of `type` whose `field` designates `target` (see designates). */
export function configuring(
  ctx: AdaptContext,
  type: string,
  field: string,
  target: IacResource,
  literals: readonly string[],
  arnSuffixes: readonly string[] = [],
): IacResource[] {
  return ctx.ofType(type).filter((r) => designatesAny(ctx, r.values[field], target, literals, arnSuffixes))
}

/**
 * An ARN-like attribute as checks look it up: the uid of a declared resource the code references (so inventory
 * lookups find it), the literal as written, null when unset, and AFTER_APPLY for any other computed value.
 */
export function linkTo(ctx: AdaptContext, value: unknown): string | null {
  if (isUnset(value)) return null
  const target = ctx.resolve(value)
  if (target) return ctx.uidOf(target)
  return typeof value === 'string' ? value : AFTER_APPLY
}

/** Like linkTo, but a value known only after apply stays Unknown. */
export function maybeLinkTo(ctx: AdaptContext, value: unknown, what: string): Maybe<string | null> {
  const link = linkTo(ctx, value)
  if (link !== AFTER_APPLY) return link
  return isUnknown(value) ? value : unknown(`known only after apply: ${what}`)
}

/** A name as written: the literal string, else undefined (computed, generated or unknown). */
export function literal(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined
}

/** The normalized name of a resource: its literal name when the code gives one, else its address. */
export function nameOf(r: IacResource, value: unknown): string {
  return literal(value) ?? r.address
}

/** The first element of a Terraform block list as an object, null when none; an Unknown block stays Unknown. */
export function firstBlock(v: unknown): Maybe<Values | null> {
  if (isUnset(v)) return null
  if (isUnknown(v)) return v
  const item: unknown = Array.isArray(v) ? v[0] : v
  if (item === undefined || item === null) return null
  if (isUnknown(item)) return item
  return typeof item === 'object' && !Array.isArray(item) ? (item as Values) : unknown(`expected a block, got ${JSON.stringify(item)}`)
}

/**
 * The Principal element a service writes into a resource policy for a permission's `principal` argument (Lambda
 * AddPermission, EventBridge PutPermission): `*` as is, an account id as its root ARN, an ARN as an AWS principal,
 * anything else (`s3.amazonaws.com`) as a service.
 */
export function principalElement(principal: string): '*' | Record<string, string> {
  if (principal === '*') return '*'
  if (/^\d{12}$/.test(principal)) return { AWS: `arn:aws:iam::${principal}:root` }
  if (principal.startsWith('arn:')) return { AWS: principal }
  return { Service: principal }
}

/**
 * A condition value as a resource policy holds it: literals as written, a reference to a declared resource as that
 * resource's uid (a specific resource, so as restricting as its ARN), any other computed value Unknown.
 */
export function conditionValue(ctx: AdaptContext, value: unknown, what: string): Maybe<string | null> {
  return maybeLinkTo(ctx, value, what)
}

/** A value as a list of items, keeping references as items (unlike `list`, for fields naming other resources). */
export function items(value: unknown): Maybe<unknown[]> {
  if (isUnset(value)) return []
  if (isUnknown(value)) return value
  return Array.isArray(value) ? (value as unknown[]) : [value]
}
