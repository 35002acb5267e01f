import type { Maybe } from './unknown.js'

/** Cloud providers Posture understands. */
export type Provider = 'aws' | 'azure' | 'gcp'

/** A directed edge from one resource to another, by uid ('uses-role', 'attached-to', 'in-vpc', ...). */
export interface Relation {
  kind: string
  target: string
}

/** Where a resource came from: a live API, a saved collection, or infrastructure-as-code. */
export interface ResourceSource {
  kind: 'live' | 'terraform' | 'cloudformation' | 'snapshot'
  file?: string
  line?: number
  endLine?: number
  address?: string
}

/**
 * The provider-neutral resource every stage after collection works on.
 * `attributes` is typed per resource type; any field may be an Unknown marker (see unknown.ts).
 */
export interface Resource<A = unknown> {
  uid: string
  provider: Provider
  type: string
  account: string
  region: string
  name: string
  tags: Record<string, string>
  attributes: A
  relations: Relation[]
  source: ResourceSource
}

/** Fields of a resource that identify it in reports. */
export type ResourceRef = Pick<Resource, 'uid' | 'type' | 'provider' | 'account' | 'region' | 'name'>

/** The identifying part of a resource, as reports show it. */
export function resourceRef(r: ResourceRef): ResourceRef {
  return { uid: r.uid, type: r.type, provider: r.provider, account: r.account, region: r.region, name: r.name }
}

/**
 * A (service, region, api) that failed during collection. `resourceTypes` names the resource types whose
 * inventory is incomplete because of it; `resource` is set when only one resource's attribute is affected.
 */
export interface CollectionError {
  provider: Provider
  account: string
  service: string
  region: string
  api: string
  reason: string
  resourceTypes: string[]
  resource?: string
}

/** Marks a typed attribute as possibly not collected. Re-exported for normalizers' convenience. */
export type { Maybe }
