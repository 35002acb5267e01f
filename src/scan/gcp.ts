import type { CollectionError, Resource } from '../core/resource.js'
import { PostureError, describeError } from '../core/errors.js'
import { LimiterPool, mapLimit } from '../collect/limiter.js'
import { makeCollectContext, type RunState } from '../collect/run-context.js'
import { GcpSession, resolveProjects, type GcpProject, type GcpSessionOptions } from '../collect/gcp/session.js'
import { GCP_CORE, type GcpProjectAttributes } from '../normalize/gcp/types.js'
import { gcpProjectName, gcpResource } from '../normalize/gcp/helpers.js'
import type { GcpServiceModule } from './gcp-module.js'
import { GCP_MODULES } from './gcp-modules.js'
import type { ProgressEvent } from './aws.js'
import type { CloudCollection } from './collection.js'

/** Options of a Google Cloud collection run. */
export interface GcpCollectOptions extends GcpSessionOptions {
  /** Project ids to scan (`--projects`); default every active project the credentials see. */
  projects?: readonly string[]
  /** Scan the projects under this organization (`--organization 123`), through its folders. */
  organization?: string
  /** Scan the projects under this folder (`--folder 456`), through its sub-folders. */
  folder?: string
  /** Restrict to these services (by collector service name). */
  services?: readonly string[]
  /** The modules to run (tests run one service group); default every Google Cloud module. */
  modules?: readonly GcpServiceModule[]
  /** Concurrent calls per (service, project); default 4. */
  perServiceConcurrency?: number
  /** Collection units run at once; default 8. */
  unitConcurrency?: number
  /** Overall timeout of one call in ms (retries included); default 60 s. */
  callTimeoutMs?: number
  onProgress?: (e: ProgressEvent) => void
}

/** Runs one module for one project, normalizing what it collected. */
async function runModule(
  m: GcpServiceModule,
  session: GcpSession,
  state: RunState,
  p: GcpProject,
  onProgress?: (e: ProgressEvent) => void,
): Promise<Resource[]> {
  const service = m.collector.service
  const ctx = makeCollectContext(state, 'gcp', p.projectId, service, 'global')
  onProgress?.({ service, region: p.projectId, phase: 'start' })
  const before = state.errors.length
  let resources: Resource[] = []
  try {
    const raw = await m.collector.collect(ctx, session)
    resources = m.normalize(raw, { project: p.projectId, projectNumber: p.projectNumber })
  } catch (err) {
    // A collector bug must not stop the scan, and must not look like "nothing there": mark its types incomplete.
    ctx.recordError({ api: '(collector)', reason: `collector failed: ${describeError(err)}`, resourceTypes: [...m.collector.produces] })
  }
  onProgress?.({ service, region: p.projectId, phase: 'done', resources: resources.length, errors: state.errors.length - before })
  return resources
}

/** The gcp.project resource of a scanned project. */
function projectResource(p: GcpProject): Resource<GcpProjectAttributes> {
  return gcpResource<GcpProjectAttributes>({
    uid: gcpProjectName(p.projectId),
    type: GCP_CORE.project,
    project: p.projectId,
    name: p.projectId,
    attributes: { ...p },
  })
}

/** The projects in scope: under --organization/--folder, else the visible ones (optionally only those named). */
async function scanProjects(session: GcpSession, options: GcpCollectOptions): Promise<GcpProject[]> {
  if (options.organization && options.folder) {
    throw new PostureError(
      'POSTURE_ERR_USAGE',
      '--organization and --folder exclude each other',
      'Pass one of them (a folder is scanned with its sub-folders).',
    )
  }
  const root = options.organization ? `organizations/${options.organization}` : options.folder ? `folders/${options.folder}` : undefined
  if (root && !/^(organizations|folders)\/\d+$/.test(root)) {
    throw new PostureError(
      'POSTURE_ERR_USAGE',
      `Invalid ${options.organization ? '--organization' : '--folder'} "${options.organization ?? options.folder}"`,
      'Organization and folder ids are numbers (`gcloud organizations list`, `gcloud resource-manager folders list`).',
    )
  }
  const visible = root ? await session.projectsUnder(root) : await session.projects()
  if (root && visible.length === 0) {
    throw new PostureError(
      'POSTURE_ERR_SCAN_FAILED',
      `No active project visible under ${root}`,
      'Check the id, and grant the identity roles/browser on it.',
    )
  }
  return resolveProjects(options.projects, visible)
}

/**
 * Collects Google Cloud: sign in, find the projects (named, under an organization/folder, or all visible), then run
 * every service module for every project with bounded concurrency. A project the identity may not read yields
 * collection errors for each service (so its checks report ERROR), and the other projects are still scanned.
 */
export async function collectGcp(options: GcpCollectOptions = {}): Promise<CloudCollection> {
  const started = Date.now()
  const session = new GcpSession(options)
  await session.signIn()
  const projects = await scanProjects(session, options)
  const state: RunState = {
    limiters: new LimiterPool(options.perServiceConcurrency ?? 4),
    callTimeoutMs: options.callTimeoutMs ?? 60_000,
    errors: [] as CollectionError[],
    stats: { calls: 0, failedCalls: 0 },
    regions: ['global'],
  }
  const modules = (options.modules ?? GCP_MODULES).filter((m) => !options.services || options.services.includes(m.collector.service))
  const units = projects.flatMap((p) => modules.map((m) => ({ m, p })))
  const results = await mapLimit(units, options.unitConcurrency ?? 8, (u) => runModule(u.m, session, state, u.p, options.onProgress))
  const resources = [...projects.map(projectResource), ...results.flat()]
  return {
    provider: 'gcp',
    accounts: projects.map((p) => p.projectId),
    regions: [...new Set(resources.map((r) => r.region).filter((r) => r !== 'global'))].sort(),
    resources,
    errors: state.errors,
    stats: { apiCalls: session.apiCalls, failedCalls: state.stats.failedCalls, durationMs: Date.now() - started },
    startedAt: new Date(started).toISOString(),
    finishedAt: new Date().toISOString(),
  }
}
