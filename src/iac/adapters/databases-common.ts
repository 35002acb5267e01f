/**
 * Helpers shared by the databases adapters (RDS, Neptune, DocumentDB, Redshift, ElastiCache, MSK).
 *
 * Most attributes of these normalized types are typed as plain values (`storageEncrypted: boolean`), and their checks
 * read them directly rather than through `known()`. An Unknown placed there would read as a truthy object and
 * silently pass `if (!storageEncrypted)`. `guarded()` keeps the contract instead: reading an attribute whose value is
 * Unknown throws the same NotCollectedError `known()` throws, so the check is "not evaluated" on IaC.
 */
import { isUnknown, NotCollectedError, type Unknown } from '../../core/unknown.js'
import { isIacRef, type AdaptContext, type IacResource } from '../model.js'
import { bool, str } from './values.js'

/** An attributes shape whose fields may also be Unknown (known only after apply, or not stated in code). */
export type Loose<A> = { [K in keyof A]: A[K] | Unknown }

/** Shown in messages where a value is known only after apply but the verdict does not depend on it. */
export const AFTER_APPLY = '(known after apply)'

/**
 * Wraps attributes so that reading an Unknown field throws NotCollectedError (the check is then not evaluated)
 * instead of handing the check a truthy marker. `toJSON` returns the plain object, so reports and debugging output
 * still see the Unknown markers as data.
 */
export function guarded<A extends object>(attributes: Loose<A>): A {
  return new Proxy(attributes as A, {
    get(target, key, receiver) {
      if (key === 'toJSON') return () => target
      const value: unknown = Reflect.get(target, key, receiver)
      if (isUnknown(value)) throw new NotCollectedError(`${String(key)} (${value.$unknown})`)
      return value
    },
  })
}

/** A name/identifier for messages and `name`: the literal when written, else the resource address. */
export function nameOf(v: unknown, r: IacResource): string {
  const s = str(v, null)
  return typeof s === 'string' ? s : r.address
}

/**
 * A KMS key as written (`kms_key_id = aws_kms_key.k.arn`, `KmsKeyId: !GetAtt Key.Arn`, or a literal ARN): the uid
 * of the key's normalized resource when the key is declared in the same code (so inventory lookups find it), the
 * literal otherwise, null when left out, and `display` when it is known only after apply.
 */
export function kmsKeyOf(v: unknown, ctx: AdaptContext): { id: string | null; declared: IacResource | undefined; isKnown: boolean } {
  if (v === undefined || v === null) return { id: null, declared: undefined, isKnown: true }
  const declared = isIacRef(v) ? ctx.resolve(v) : undefined
  if (declared) return { id: ctx.uidOf(declared), declared, isKnown: true }
  const literal = str(v, null)
  if (typeof literal === 'string' && literal !== '') return { id: literal, declared: undefined, isKnown: true }
  return { id: AFTER_APPLY, declared: undefined, isKnown: false }
}

/** 'uses-kms-key' to a declared key (its uid) or a literal key ARN, as the live normalizers emit it. */
export function kmsRelations(key: ReturnType<typeof kmsKeyOf>): { kind: string; target: string }[] {
  if (key.declared || (key.id?.startsWith('arn:') ?? false)) return [{ kind: 'uses-kms-key', target: key.id as string }]
  return []
}

/** 'uses-security-group' to each security group declared in code (by uid) or named by a literal id. */
export function securityGroupRelations(v: unknown, ctx: AdaptContext): { kind: string; target: string }[] {
  const items = Array.isArray(v) ? (v as unknown[]) : v === undefined || v === null ? [] : [v]
  const out: { kind: string; target: string }[] = []
  for (const item of items) {
    const declared = isIacRef(item) ? ctx.resolve(item) : undefined
    if (declared) out.push({ kind: 'uses-security-group', target: ctx.uidOf(declared) })
    else if (typeof item === 'string') out.push({ kind: 'uses-security-group', target: item })
  }
  return out
}

/** Security group ids as written (declared ones by their uid); Unknown entries are left out (ids only label). */
export function securityGroupIds(v: unknown, ctx: AdaptContext): string[] {
  return securityGroupRelations(v, ctx).map((r) => r.target)
}

/** A boolean setting with its documented default when left out (Unknown when known only after apply). */
export function flag(v: unknown, dflt: boolean): boolean | Unknown {
  return bool(v, dflt) as boolean | Unknown
}
