import type { Relation, Resource } from '../../core/resource.js'

/** Where a Google Cloud normalizer's output belongs. */
export interface GcpNormalizeScope {
  /** The project id collected. */
  project: string
  /** Its number (some APIs name projects by number, e.g. service agents). */
  projectNumber: string
}

/** A full resource name: gcpName('compute', 'projects/p/global/firewalls/f') → //compute.googleapis.com/projects/p/global/firewalls/f */
export function gcpName(service: string, path: string): string {
  return `//${service}.googleapis.com/${path.replace(/^\/+/, '')}`
}

/** The full resource name of a project (the uid of the gcp.project resource). */
export function gcpProjectName(projectId: string): string {
  return gcpName('cloudresourcemanager', `projects/${projectId}`)
}

/** The last path segment of a URL or resource name (zone and region URLs, machine types, networks). */
export function lastSegment(s: string | null | undefined): string {
  return (s ?? '').split('/').filter(Boolean).pop() ?? ''
}

/** Builds a live Google Cloud resource; `location` is a zone, a region, or absent for global resources. */
export function gcpResource<A>(r: {
  uid: string
  type: string
  project: string
  name: string
  location?: string | null
  labels?: Record<string, string> | null
  attributes: A
  relations?: Relation[]
}): Resource<A> {
  return {
    uid: r.uid,
    provider: 'gcp',
    type: r.type,
    account: r.project,
    region: (r.location ?? '').toLowerCase() || 'global',
    name: r.name,
    tags: { ...(r.labels ?? {}) },
    attributes: r.attributes,
    relations: r.relations ?? [],
    source: { kind: 'live' },
  }
}
