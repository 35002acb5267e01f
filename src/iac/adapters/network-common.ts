/**
 * Helpers shared by the network group's adapters (EC2, VPC, EBS, Auto Scaling, ELB): following references to values
 * written in code, lists of ids that may hold references, user data scanned for credentials, and the marking of
 * attributes whose normalized type has no Unknown state.
 */
import { isUnknown, unknown, type Maybe, type Unknown } from '../../core/unknown.js'
import type { SecretHit } from '../../normalize/secrets.js'
import { findSecretsInText } from '../../normalize/secrets.js'
import { userDataSecrets } from '../../normalize/aws/ec2-launch-templates.js'
import { isIacRef, type AdaptContext, type IacResource, type PartialUnknown } from '../model.js'
import { isUnset } from './values.js'

type Values = Readonly<Record<string, unknown>>

/**
 * The value a reference stands for when its target is declared in the unit and sets that attribute literally in
 * code (`aws_vpc.main.cidr_block` where `cidr_block = "10.0.0.0/16"`). Computed attributes (ids, ARNs) and
 * undeclared targets stay the reference, which the value readers turn into Unknown.
 */
export function deref(ctx: AdaptContext, v: unknown, depth = 0): unknown {
  if (!isIacRef(v) || !v.attribute || depth > 4) return v
  const target = ctx.resolve(v)
  if (!target) return v
  const value = target.values[v.attribute]
  if (isUnset(value) || isUnknown(value)) return v
  return isIacRef(value) ? deref(ctx, value, depth + 1) : value
}

/** A reference's `address.attribute`, for messages. */
export function refText(v: unknown): string {
  if (isIacRef(v)) return `${v.$ref}${v.attribute ? `.${v.attribute}` : ''}`
  if (isUnknown(v)) return (v as PartialUnknown).text ?? `(${v.$unknown})`
  return typeof v === 'string' || typeof v === 'number' ? String(v) : JSON.stringify(v)
}

/**
 * Ids of a list (security groups, subnets, target groups): literals as written, references to declared resources as
 * their uid, other references as their source text. Unknown when the list itself is unknown.
 */
export function idList(ctx: AdaptContext, v: unknown): Maybe<string[]> {
  if (isUnset(v)) return []
  if (isUnknown(v)) return v
  const items = Array.isArray(v) ? v : [v]
  const out: string[] = []
  for (const item of items) {
    const id = idOf(ctx, item)
    if (id !== null) out.push(id)
  }
  return out
}

/** One id: a literal, the uid of a declared target, or the reference text; null when left out. */
export function idOf(ctx: AdaptContext, v: unknown): string | null {
  if (isUnset(v)) return null
  if (typeof v === 'string' || typeof v === 'number') return String(v)
  if (isIacRef(v)) {
    const target = ctx.resolve(v)
    return target ? ctx.uidOf(target) : refText(v)
  }
  if (isUnknown(v)) return (v as PartialUnknown).text ?? '(known after apply)'
  return null
}

/** Declared resources of `types` that a value points at (a reference, or a list of them). */
export function targetsOf(ctx: AdaptContext, v: unknown, types: readonly string[]): IacResource[] {
  const items = Array.isArray(v) ? v : [v]
  return items.map((i) => ctx.resolve(i)).filter((r): r is IacResource => r !== undefined && types.includes(r.type))
}

/**
 * Credentials in user data as written in code. `base64` says whether the value is base64 (launch templates,
 * CloudFormation, `user_data_base64`) or plain text (`user_data` of aws_instance / aws_launch_configuration, which
 * the provider encodes). An interpolated Terraform string is scanned in its source text: the literal parts are what
 * code can leak, and `${...}` references are never reported as secrets by the scanner. Unset → null.
 */
export function userDataHits(v: unknown, base64: boolean): Maybe<SecretHit[] | null> {
  if (isUnset(v)) return null
  if (isUnknown(v)) {
    const text = (v as PartialUnknown).text
    return text === undefined ? v : findSecretsInText(text, 'user data')
  }
  if (isIacRef(v)) return unknown(`known only after apply: ${refText(v)}`)
  if (typeof v !== 'string') return unknown(`expected user data text, got ${JSON.stringify(v)}`)
  return base64 ? userDataSecrets(v) : v === '' ? null : findSecretsInText(v, 'user data')
}

/** Splits values into known ones and Unknown ones (for withUnknowns); `fallback` fills the known object's slot. */
export function splitKnown<T extends Record<string, unknown>>(
  values: { [K in keyof T]: Maybe<T[K]> },
  fallback: T,
): { known: T; unknowns: Record<string, Unknown> } {
  const known = { ...fallback }
  const unknowns: Record<string, Unknown> = {}
  for (const [k, v] of Object.entries(values) as [keyof T & string, unknown][]) {
    if (isUnknown(v)) unknowns[k] = v
    else known[k] = v as T[typeof k]
  }
  return { known, unknowns }
}

/** A nested CloudFormation object property, or null; Unknown as is. */
export function cfnObj(v: unknown): Maybe<Values | null> {
  if (isUnset(v)) return null
  if (isUnknown(v)) return v
  if (isIacRef(v)) return unknown(`known only after deploy: ${refText(v)}`)
  return typeof v === 'object' && !Array.isArray(v) ? (v as Values) : unknown(`expected an object, got ${JSON.stringify(v)}`)
}

/** Objects of a CloudFormation list property (non-objects skipped); Unknown as is. */
export function cfnList(v: unknown): Maybe<Values[]> {
  if (isUnset(v)) return []
  if (isUnknown(v)) return v
  if (!Array.isArray(v)) return unknown(`expected a list, got ${JSON.stringify(v)}`)
  const out: Values[] = []
  for (const item of v) {
    if (isUnknown(item)) return item
    if (typeof item === 'object' && item !== null && !Array.isArray(item)) out.push(item as Values)
  }
  return out
}

/** The display id of a resource whose real id exists only once deployed: its name in code, else its address. */
export function displayId(r: IacResource, name: unknown): string {
  return typeof name === 'string' && name !== '' ? name : r.address
}
