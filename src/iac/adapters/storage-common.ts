/**
 * Helpers shared by the storage adapters: which resources of the unit configure a given one (policies, locks,
 * rotation schedules declared as resources of their own), KMS key references as checks look them up, and a
 * stand-in for Unknown values in attributes whose normalized type has no room for one.
 */
import { isUnknown, unknown, type Maybe, type Unknown } from '../../core/unknown.js'
import { isIacRef, type AdaptContext, type IacResource } from '../model.js'
import { str } from './values.js'

type Values = Readonly<Record<string, unknown>>

/** A relation as adapters return it. */
export type Relation = { kind: string; target: string }

/** Resource types that are KMS keys, and those that are aliases naming one. */
const KEY_TYPES = new Set(['aws_kms_key', 'aws_kms_external_key', 'aws_kms_replica_key', 'AWS::KMS::Key', 'AWS::KMS::ReplicaKey'])
const ALIAS_TYPES = new Set(['aws_kms_alias', 'AWS::KMS::Alias'])

/**
 * Where a key reference leads: `ref` is what the resource's attribute holds for checks (the key's uid when the key
 * is declared in the same code, so inventory lookups find it; an alias name; a literal id or ARN), `target` the
 * 'uses-kms-key' relation target when there is one. Unset → null; a value known only after apply → Unknown.
 */
export function kmsKeyRef(value: unknown, ctx: AdaptContext): { ref: Maybe<string | null>; target?: string } {
  if (isIacRef(value)) {
    const target = ctx.resolve(value)
    if (target && KEY_TYPES.has(target.type)) return { ref: ctx.uidOf(target), target: ctx.uidOf(target) }
    if (target && ALIAS_TYPES.has(target.type)) {
      // An alias's name is usually written in code; the key it names gives the relation.
      const key = ctx.resolve(target.values.target_key_id ?? target.values.TargetKeyId)
      const name = str(target.values.name ?? target.values.AliasName, null)
      const keyUid = key && KEY_TYPES.has(key.type) ? ctx.uidOf(key) : undefined
      const ref = typeof name === 'string' ? name : (keyUid ?? unknown(`known only after apply: ${value.$ref}`))
      return keyUid ? { ref, target: keyUid } : { ref }
    }
  }
  const ref = str(value, null)
  return typeof ref === 'string' ? { ref, target: ref } : { ref }
}

/** 'uses-kms-key' relations for a key reference (none when the key is unset or unknown). */
export function kmsRelations(key: { target?: string }): Relation[] {
  return key.target ? [{ kind: 'uses-kms-key', target: key.target }] : []
}

/**
 * A key reference for attributes typed `string | null` (Secrets Manager, Backup, SSM): an Unknown becomes a label no
 * KMS key has, so the shared key lookup reports the key as not collected and the check is not evaluated.
 */
export function keyLabel(ref: Maybe<string | null>): string | null {
  // The reason is kept for the message, without anything the lookup would read as an alias name (`…:alias/x`).
  return isUnknown(ref) ? `(${ref.$unknown.replace(/alias\//g, 'alias ')})` : ref
}

/** True when `value` (or an element of it, for CloudFormation lists such as `Topics`) refers to `target`. */
function pointsAt(value: unknown, target: IacResource, ctx: AdaptContext, match: (literal: string) => boolean): boolean {
  const items = Array.isArray(value) ? (value as unknown[]) : [value]
  return items.some((v) => (isIacRef(v) ? ctx.resolve(v) === target : typeof v === 'string' && match(v)))
}

/**
 * Resources of `type` whose `field` refers to `target`: by reference, or by a literal `match` accepts (its name,
 * ARN or URL as written in code). Unlike ctx.referencing it also looks inside lists (`Topics: [!Ref T]`).
 */
export function partsFor(
  ctx: AdaptContext,
  type: string,
  field: string,
  target: IacResource,
  match: (literal: string) => boolean = () => false,
): IacResource[] {
  return ctx.ofType(type).filter((r) => pointsAt(r.values[field], target, ctx, match))
}

/** A literal matcher for a resource named `name` in code: the name itself, or an ARN/URL ending in it. */
export function byName(ids: readonly string[]): (literal: string) => boolean {
  return (literal) => ids.some((name) => literal === name || literal.endsWith(`:${name}`) || literal.endsWith(`/${name}`))
}

/** The resource's name when written literally in code, else its address (names generated at apply are unknown). */
export function literalName(values: Values, key: string, r: IacResource): { name: string; ids: string[] } {
  const name = str(values[key], null)
  return typeof name === 'string' ? { name, ids: [name] } : { name: r.address, ids: [] }
}

/**
 * An Unknown when some resource of `type` names its target by a value known only after apply (a variable without a
 * value, a data source): it might configure the resource being adapted, so "none configures it" is not known.
 */
export function unattributed(ctx: AdaptContext, type: string, field: string): Unknown | undefined {
  for (const r of ctx.ofType(type)) {
    const items = Array.isArray(r.values[field]) ? (r.values[field] as unknown[]) : [r.values[field]]
    for (const v of items) {
      if (typeof v === 'string' || (isIacRef(v) && ctx.resolve(v))) continue
      return unknown(`known only after apply: which resource ${r.address} configures`)
    }
  }
  return undefined
}
