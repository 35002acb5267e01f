/** Value shapes shared by the intrinsic evaluators: resource reference markers and string conversion. */
import { isUnknown, unknown, type Maybe } from '../../core/unknown.js'

/** A Ref (no attribute) or Fn::GetAtt (with attribute) to a resource of the same template, by logical id. */
export interface ResourceRef {
  readonly $ref: string
  readonly attribute?: string
}

/** True when the value is a ResourceRef marker. */
export function isResourceRef(value: unknown): value is ResourceRef {
  return typeof value === 'object' && value !== null && typeof (value as { $ref?: unknown }).$ref === 'string'
}

/** A resolved value as a piece of a string, or Unknown (Unknown parts, resource references, lists, maps). */
export function asText(value: unknown, fn: string): Maybe<string> {
  if (isUnknown(value)) return value
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (isResourceRef(value)) {
    const what = value.attribute === undefined ? value.$ref : `${value.$ref}.${value.attribute}`
    return unknown(`${fn}: ${what} is known only at deploy`)
  }
  return unknown(`${fn} is malformed: expected strings`)
}
