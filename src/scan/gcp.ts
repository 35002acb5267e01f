import type { Resource } from '../core/resource.js'
import { PostureError } from '../core/errors.js'
import { GcpSession, resolveProjects, type GcpProject, type GcpSessionOptions } from '../collect/gcp/session.js'
import { GCP_CORE, type GcpProjectAttributes } from '../normalize/gcp/types.js'
import { gcpProjectName, gcpResource } from '../normalize/gcp/helpers.js'
import type { GcpServiceModule } from './gcp-module.js'
import { GCP_MODULES } from './gcp-modules.js'
import type { CloudCollection } from './collection.js'
import { collectAccounts, type AccountRunOptions } from './account-units.js'

/** Options of a Google Cloud collection run. */
export interface GcpCollectOptions extends GcpSessionOptions, AccountRunOptions {
  /** Project ids to scan (`--projects`); default every active project the credentials see. */
  projects?: readonly string[]
  /** Scan the projects under this organization (`--organization 123`), through its folders. */
  organization?: string
  /** Scan the projects under this folder (`--folder 456`), through its sub-folders. */
  folder?: string
  /** The modules to run (tests run one service group); default every Google Cloud module. */
  modules?: readonly GcpServiceModule[]
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
  return collectAccounts({
    provider: 'gcp',
    session,
    started,
    accounts: projects.map((p) => ({ id: p.projectId, scope: { project: p.projectId, projectNumber: p.projectNumber } })),
    accountResources: projects.map(projectResource),
    modules: options.modules ?? GCP_MODULES,
    options,
  })
}
