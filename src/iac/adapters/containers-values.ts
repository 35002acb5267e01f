/**
 * Readers shared by the containers-group adapters (ECS, ECR, EKS, CodeBuild, SageMaker, Glue): ids and ARNs that may
 * be references to declared resources, JSON documents that may be partly unknown, variables scanned for secrets, and
 * a way to leave a plain (non-Maybe) normalized attribute unknown.
 */
import { isUnknown, unknown, type Maybe, type Unknown } from '../../core/unknown.js'
import { findSecretsInVariables, type SecretHit } from '../../normalize/secrets.js'
import { isIacRef, type AdaptContext, type IacResource, type PartialUnknown } from '../model.js'
import { isUnset, list, obj, str } from './values.js'

type Values = Readonly<Record<string, unknown>>

/** How a reference is shown where a string is needed: `aws_kms_key.k.arn`, `Key.Arn`. */
function refText(v: { $ref: string; attribute?: string }): string {
  return v.attribute ? `${v.$ref}.${v.attribute}` : v.$ref
}

/**
 * An ARN or id written in code: the literal; for a reference, the uid of the declared resource it names (so checks
 * and relations find it in the inventory), or the reference text when it names something undeclared (a data source).
 * A reference is always set, even though its value exists only after apply. Unset or '' → null.
 */
export function idOf(v: unknown, ctx: AdaptContext): Maybe<string | null> {
  if (isIacRef(v)) {
    const target = ctx.resolve(v)
    return target ? ctx.uidOf(target) : refText(v)
  }
  const s = str(v, null)
  return s === '' ? null : s
}

/** A list of ids (subnets, security groups) read with idOf; an unknown list or element makes it Unknown. */
export function idsOf(v: unknown, ctx: AdaptContext): Maybe<string[]> {
  if (isUnset(v)) return []
  if (isUnknown(v)) return v
  const items = Array.isArray(v) ? (v as unknown[]) : [v]
  const out: string[] = []
  for (const item of items) {
    const id = idOf(item, ctx)
    if (isUnknown(id)) return id
    if (id !== null) out.push(id)
  }
  return out
}

/** A relation to the resource `v` points at: the declared resource's uid, or a literal ARN; none otherwise. */
export function relationTo(kind: string, v: unknown, ctx: AdaptContext): { kind: string; target: string }[] {
  const target = ctx.resolve(v)
  if (target) return [{ kind, target: ctx.uidOf(target) }]
  return typeof v === 'string' && v.startsWith('arn:') ? [{ kind, target: v }] : []
}

/** The resource's name from a name attribute; the address when the name is left out (generated) or unknown. */
export function nameOf(r: IacResource, field: string): string {
  const name = str(r.values[field], null)
  return typeof name === 'string' && name !== '' ? name : r.address
}

/**
 * The name a resource is referred to by: the declared resource a reference points at (its `field` value or address),
 * or the literal. Used to match `security_configuration = aws_glue_security_configuration.x.name` and literals alike.
 */
export function referencedName(v: unknown, ctx: AdaptContext, field: string): Maybe<string | null> {
  const target = ctx.resolve(v)
  if (target) return nameOf(target, field)
  return str(v, null)
}

/**
 * A JSON document written as a string (`jsonencode(...)`, heredoc) or as an object (CloudFormation): parsed, with
 * unknown leaves kept as Unknown when it is a partly unknown `jsonencode` result. Unset or blank → null.
 */
export function jsonOf(v: unknown, what: string): Maybe<unknown> {
  if (isUnset(v)) return null
  if (isIacRef(v)) return unknown(`known only after apply: ${refText(v)}`)
  if (isUnknown(v)) {
    const partial = (v as PartialUnknown).partial
    return partial === undefined ? v : partial
  }
  if (typeof v !== 'string') return v
  if (v.trim() === '') return null
  try {
    return JSON.parse(v) as unknown
  } catch (err) {
    return unknown(`${what} is not valid JSON (${(err as Error).message})`)
  }
}

/** A high-entropy value: the secret detector reports it under a name exactly when the name announces a secret. */
const PROBE = 'q7Z#v2Lm!x9W$k4T'

/** True when a variable of this name holding a random value would count as a credential. */
function isSecretName(name: string): boolean {
  return findSecretsInVariables([{ name, value: PROBE }], '').length > 0
}

/**
 * Credentials in named variables from code. Literal values are scanned as the live normalizers scan them. A value
 * known only after apply under a secret-like name (DB_PASSWORD = random_password.db.result) makes the result
 * Unknown, since the deployed variable would hold the credential; under other names (DB_HOST) it is skipped.
 */
export function variableSecrets(vars: readonly { name: string; value: unknown }[], label: string): Maybe<SecretHit[]> {
  const literal: { name: string; value: string }[] = []
  for (const { name, value } of vars) {
    const s = str(value, '')
    if (isUnknown(s)) {
      if (isSecretName(name)) return unknown(`known only after apply: value of ${label} ${name}`)
      continue
    }
    literal.push({ name, value: s })
  }
  return findSecretsInVariables(literal, label)
}

/** Objects of a list (Terraform blocks or a CloudFormation list); Unknown when the list or an element is. */
export function objects(v: unknown): Maybe<Values[]> {
  const items = list(v)
  if (isUnknown(items)) return items
  const out: Values[] = []
  for (const item of items) {
    const o = obj(item)
    if (isUnknown(o)) return o
    if (o) out.push(o)
  }
  return out
}

/** Entries of a string map (Terraform map attribute, CloudFormation Json object); the whole map may be Unknown. */
export function entriesOf(v: unknown): Maybe<{ name: string; value: unknown }[]> {
  if (isUnset(v)) return []
  if (isUnknown(v)) return v
  if (isIacRef(v)) return unknown(`known only after apply: ${refText(v)}`)
  if (typeof v !== 'object' || Array.isArray(v)) return unknown(`expected a map, got ${JSON.stringify(v)}`)
  return Object.entries(v as Values).map(([name, value]) => ({ name, value }))
}

/** The first Unknown among values, if any. */
export function firstUnknown(...values: unknown[]): Unknown | undefined {
  return values.find((v): v is Unknown => isUnknown(v))
}
