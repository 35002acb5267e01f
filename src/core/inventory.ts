import type { CollectionError, Resource } from './resource.js'
import { NotCollectedError } from './unknown.js'

/** Scope filter for inventory lookups. */
export interface Scope {
  account?: string
  region?: string
}

/**
 * A read-only view of everything collected in a scan, indexed by type and uid, together with the collection
 * errors. Checks use it to follow relations; it refuses to answer for types whose collection failed.
 */
export class Inventory {
  private readonly byUid = new Map<string, Resource>()
  private readonly byTypeIndex = new Map<string, Resource[]>()

  constructor(
    resources: Iterable<Resource>,
    readonly errors: readonly CollectionError[] = [],
  ) {
    for (const r of resources) {
      this.byUid.set(r.uid, r)
      let list = this.byTypeIndex.get(r.type)
      if (!list) this.byTypeIndex.set(r.type, (list = []))
      list.push(r)
    }
  }

  /** Number of resources held. */
  get size(): number {
    return this.byUid.size
  }

  /** Every resource, in collection order per type. */
  all(): Resource[] {
    return [...this.byTypeIndex.values()].flat()
  }

  /** The resource with this uid, if collected. */
  get<A = unknown>(uid: string): Resource<A> | undefined {
    return this.byUid.get(uid) as Resource<A> | undefined
  }

  /** Resources of a type (no completeness guarantee: see `resources` for checks). */
  ofType<A = unknown>(type: string, scope: Scope = {}): Resource<A>[] {
    const list = (this.byTypeIndex.get(type) ?? []) as Resource<A>[]
    if (!scope.account && !scope.region) return list
    return list.filter((r) => (!scope.account || r.account === scope.account) && (!scope.region || r.region === scope.region))
  }

  /** Collection errors that leave `type` incomplete within the scope (account-wide errors included). */
  gaps(type: string, scope: Scope = {}): CollectionError[] {
    return this.errors.filter(
      (e) =>
        !e.resource &&
        e.resourceTypes.includes(type) &&
        (!scope.account || e.account === scope.account) &&
        (!scope.region || e.region === scope.region || e.region === 'global'),
    )
  }

  /**
   * Resources of a type for a check that needs the complete set: throws NotCollectedError when the list is
   * known to be incomplete, so the check reports ERROR rather than concluding from partial data.
   */
  resources<A = unknown>(type: string, scope: Scope = {}): Resource<A>[] {
    const gaps = this.gaps(type, scope)
    if (gaps.length > 0) {
      const g = gaps[0]!
      throw new NotCollectedError(`${type} in ${g.region}: ${g.service}:${g.api} failed (${g.reason})`)
    }
    return this.ofType<A>(type, scope)
  }

  /** Targets of a resource's relations of one kind that were collected. */
  related<A = unknown>(r: Resource<unknown>, kind: string): Resource<A>[] {
    return r.relations
      .filter((rel) => rel.kind === kind)
      .map((rel) => this.byUid.get(rel.target) as Resource<A> | undefined)
      .filter((x): x is Resource<A> => x !== undefined)
  }
}
