/**
 * Runs the adapters over loaded IaC resources, unit by unit, and builds the normalized resources checks evaluate.
 * An adapter that throws costs only its own resource: the failure becomes a problem naming the file and line.
 */
import type { Resource } from '../core/resource.js'
import { describeError } from '../core/errors.js'
import { isUnknown } from '../core/unknown.js'
import { adapterIndex, ADAPTERS } from './adapters/index.js'
import {
  iacUid,
  isIacRef,
  UNKNOWN_ACCOUNT,
  UNKNOWN_REGION,
  type AdaptContext,
  type Adapter,
  type IacNormalized,
  type IacProblem,
  type IacResource,
} from './model.js'

/** What adapting produced. */
export interface AdaptResult {
  resources: IacNormalized[]
  problems: IacProblem[]
  /** IaC resource types met that no adapter handles, with how many resources each (shown with --verbose). */
  unhandled: Map<string, number>
  /** For each normalized uid, the IaC resource it was made from (inline suppressions, locations). */
  origin: Map<string, IacResource>
}

/** Finds an IacRef anywhere directly in a value (the value itself, or the first element of a list). */
function refIn(value: unknown): string | undefined {
  if (isIacRef(value)) return value.$ref
  if (Array.isArray(value) && value.length > 0 && isIacRef(value[0])) return value[0].$ref
  return undefined
}

/** Strips a Terraform instance key: `aws_s3_bucket.b[0]` → `aws_s3_bucket.b`. */
function withoutKey(address: string): string {
  return address.replace(/\[[^\]]*\]$/, '')
}

function contextFor(unit: readonly IacResource[], byAddress: Map<string, IacResource>, resource: IacResource): AdaptContext {
  const resolve = (value: unknown): IacResource | undefined => {
    const address = refIn(value)
    if (address === undefined) return undefined
    return byAddress.get(address) ?? byAddress.get(`${address}[0]`)
  }
  return {
    resources: unit,
    resolve,
    referencing(type, field, target, ids = []) {
      const literals = ids.filter((id) => id !== undefined && id !== null && !isUnknown(id))
      return unit.filter((r) => {
        if (r.type !== type) return false
        const v = r.values[field]
        const address = refIn(v)
        if (address !== undefined) return address === target.address || address === withoutKey(target.address) || byAddress.get(address) === target
        return literals.some((id) => id === v)
      })
    },
    uidOf: (r, suffix) => iacUid(r, suffix),
    account: resource.account ?? UNKNOWN_ACCOUNT,
    region: resource.region ?? UNKNOWN_REGION,
  }
}

/** Adapts every resource of every unit. Resources are grouped by `unit` so references never cross units. */
export function adaptAll(all: readonly IacResource[], adapters: readonly Adapter[] = ADAPTERS): AdaptResult {
  const index = adapterIndex(adapters)
  const units = new Map<string, IacResource[]>()
  for (const r of all) {
    const key = `${r.language}:${r.unit}`
    const list = units.get(key) ?? []
    list.push(r)
    units.set(key, list)
  }
  const out: AdaptResult = { resources: [], problems: [], unhandled: new Map(), origin: new Map() }
  const seen = new Set<string>()
  for (const unit of units.values()) {
    const byAddress = new Map(unit.map((r) => [r.address, r]))
    for (const r of unit) {
      const handlers = index.get(`${r.language}:${r.type}`)
      if (!handlers) {
        out.unhandled.set(r.type, (out.unhandled.get(r.type) ?? 0) + 1)
        continue
      }
      const ctx = contextFor(unit, byAddress, r)
      for (const adapter of handlers) {
        try {
          for (const a of adapter.adapt(r, ctx)) {
            const uid = iacUid(r, a.uidSuffix)
            if (seen.has(uid)) continue
            seen.add(uid)
            const normalized: Resource = {
              uid,
              provider: 'aws',
              type: a.type,
              account: ctx.account,
              region: ctx.region,
              name: a.name,
              tags: a.tags ?? {},
              attributes: a.attributes,
              relations: a.relations ?? [],
              source: { kind: r.language, file: r.location.file, line: r.location.startLine, endLine: r.location.endLine, address: r.address },
            }
            out.resources.push(normalized as IacNormalized)
            out.origin.set(uid, r)
          }
        } catch (err) {
          out.problems.push({
            file: r.location.file,
            line: r.location.startLine,
            column: 1,
            severity: 'error',
            message: `${r.address} (${r.type}) could not be read: ${describeError(err)}`,
          })
        }
      }
    }
  }
  return out
}
