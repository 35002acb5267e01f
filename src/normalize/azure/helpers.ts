import type { Relation, Resource } from '../../core/resource.js'

/** Where an Azure normalizer's output belongs. */
export interface AzureNormalizeScope {
  /** The subscription collected. */
  subscription: string
}

/** The uid of an ARM resource id: lower-cased, without a trailing slash. */
export function azureUid(id: string): string {
  return id.toLowerCase().replace(/\/+$/, '')
}

/** ARM location in canonical form ('East US' → 'eastus'); 'global' when there is none. */
export function azureRegion(location: string | undefined | null): string {
  const l = (location ?? '').toLowerCase().replace(/\s+/g, '')
  return l || 'global'
}

/** The resource group of an ARM id ('' when the id has none). */
export function resourceGroupOf(id: string): string {
  return /\/resourcegroups\/([^/]+)/i.exec(id)?.[1] ?? ''
}

/** A relation to another ARM resource by id (folded like uids). */
export function azureRelation(kind: string, targetId: string): Relation {
  return { kind, target: azureUid(targetId) }
}

/** Builds a live Azure resource from its ARM id: uid, name, region and tags follow the conventions of types.ts. */
export function azureResource<A>(r: {
  id: string
  type: string
  subscription: string
  name?: string
  location?: string | null
  tags?: Record<string, string> | null
  attributes: A
  relations?: Relation[]
}): Resource<A> {
  return {
    uid: azureUid(r.id),
    provider: 'azure',
    type: r.type,
    account: r.subscription,
    region: azureRegion(r.location),
    name: r.name ?? r.id.split('/').pop() ?? r.id,
    tags: { ...(r.tags ?? {}) },
    attributes: r.attributes,
    relations: r.relations ?? [],
    source: { kind: 'live' },
  }
}
