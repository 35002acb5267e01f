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

/** Per-unit indexes, built once: resources by type, and by (type, field) the resources whose field refers to an address. */
interface UnitIndex {
  byAddress: Map<string, IacResource>
  position: Map<IacResource, number>
  byType: Map<string, IacResource[]>
  refs: Map<string, Map<string, IacResource[]>>
}

function indexUnit(unit: readonly IacResource[]): UnitIndex {
  const byType = new Map<string, IacResource[]>()
  for (const r of unit) {
    const list = byType.get(r.type)
    if (list) list.push(r)
    else byType.set(r.type, [r])
  }
  return { byAddress: new Map(unit.map((r) => [r.address, r])), position: new Map(unit.map((r, i) => [r, i])), byType, refs: new Map() }
}

/** Resources of `type` whose `field` refers to some address, grouped by that address (keys stripped too). */
function refsOf(index: UnitIndex, type: string, field: string): Map<string, IacResource[]> {
  const key = `${type}\u0000${field}`
  let m = index.refs.get(key)
  if (m) return m
  m = new Map()
  for (const r of index.byType.get(type) ?? []) {
    const address = refIn(r.values[field])
    if (address === undefined) continue
    const target = index.byAddress.get(address) ?? index.byAddress.get(`${address}[0]`)
    for (const k of new Set([address, target?.address].filter((a): a is string => a !== undefined))) {
      const list = m.get(k)
      if (list) list.push(r)
      else m.set(k, [r])
    }
  }
  index.refs.set(key, m)
  return m
}

function contextFor(unit: readonly IacResource[], index: UnitIndex, resource: IacResource): AdaptContext {
  const { byAddress } = index
  const resolve = (value: unknown): IacResource | undefined => {
    const address = refIn(value)
    if (address === undefined) return undefined
    return byAddress.get(address) ?? byAddress.get(`${address}[0]`)
  }
  return {
    resources: unit,
    ofType: (...types) => (types.length === 1 ? (index.byType.get(types[0]!) ?? []) : types.flatMap((t) => index.byType.get(t) ?? [])),
    resolve,
    referencing(type, field, target, ids = []) {
      const byRef = refsOf(index, type, field)
      const out = new Set<IacResource>([...(byRef.get(target.address) ?? []), ...(byRef.get(withoutKey(target.address)) ?? [])])
      const literals = ids.filter((id) => id !== undefined && id !== null && !isUnknown(id))
      if (literals.length > 0) for (const r of index.byType.get(type) ?? []) if (literals.includes(r.values[field])) out.add(r)
      // Declaration order, as before indexing.
      return [...out].sort((a, b) => index.position.get(a)! - index.position.get(b)!)
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
    const unitIndex = indexUnit(unit)
    for (const r of unit) {
      const handlers = index.get(`${r.language}:${r.type}`)
      if (!handlers) {
        out.unhandled.set(r.type, (out.unhandled.get(r.type) ?? 0) + 1)
        continue
      }
      const ctx = contextFor(unit, unitIndex, r)
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
