import { GoogleAuth, OAuth2Client, type AuthClient } from 'google-auth-library'
import { cloudresourcemanager } from '@googleapis/cloudresourcemanager'
import { PostureError, describeError } from '../../core/errors.js'
import { errorCode } from '../run-context.js'

/** How to reach and authenticate to Google Cloud. */
export interface GcpSessionOptions {
  /**
   * One root URL for every Google API (fixture servers, a Private Service Connect endpoint); default each API's own
   * (https://compute.googleapis.com/, https://storage.googleapis.com/, ...).
   */
  endpoint?: string
  /** A ready OAuth access token (`GOOGLE_OAUTH_ACCESS_TOKEN`, e.g. from `gcloud auth print-access-token`); default ADC. */
  accessToken?: string
  /** Retries per request on 429 and 5xx; default 3. */
  maxRetries?: number
}

/** A project the credentials can see. */
export interface GcpProject {
  projectId: string
  projectNumber: string
  displayName: string
  /** e.g. organizations/123 or folders/456; '' when the project has no parent. */
  parent: string
  state: string
}

/** Google APIs without an @googleapis/* package here, called over REST through the same authenticated client. */
export type GcpRestService = 'cloudkms' | 'dns' | 'bigquery' | 'monitoring'

/** Options every @googleapis/* factory takes: `compute({ version: 'v1', ...session.apiOptions() })`. */
export interface GcpApiOptions {
  /** Typed as the factories declare it; any AuthClient works (they only call `request`). */
  auth: OAuth2Client
  rootUrl?: string
  retryConfig: Record<string, unknown>
}

const READ_ONLY_SCOPE = 'https://www.googleapis.com/auth/cloud-platform.read-only'
const PROJECT_ID = /^[a-z][a-z0-9-]{4,28}[a-z0-9]$/

/** True for a project id in Google's syntax (6–30 characters: lowercase letters, digits, hyphens). */
export function isProjectId(s: string): boolean {
  return PROJECT_ID.test(s)
}

const NO_CREDENTIALS_HINT =
  'Run `gcloud auth application-default login`, set GOOGLE_APPLICATION_CREDENTIALS to a service account key or workload identity federation config, or set GOOGLE_OAUTH_ACCESS_TOKEN.'

/** An authenticated Google Cloud session: the auth client, API options, REST calls and project discovery. */
export class GcpSession {
  /** Number of HTTP requests sent to Google APIs (retries included). */
  apiCalls = 0
  private client: AuthClient | undefined

  constructor(readonly options: GcpSessionOptions = {}) {}

  /** Root URL override with a trailing slash, or undefined for each API's default. */
  get rootUrl(): string | undefined {
    return this.options.endpoint ? this.options.endpoint.replace(/\/?$/, '/') : undefined
  }

  private get retryConfig(): Record<string, unknown> {
    return {
      retry: this.options.maxRetries ?? 3,
      noResponseRetries: 2,
      retryDelayMultiplier: 2,
      statusCodesToRetry: [
        [429, 429],
        [500, 599],
      ],
      httpMethodsToRetry: ['GET', 'HEAD', 'OPTIONS', 'POST'],
    }
  }

  /** The auth client; signIn() must have run. */
  get auth(): AuthClient {
    if (!this.client) throw new Error('GcpSession.signIn() has not run')
    return this.client
  }

  /**
   * Resolves credentials and gets a token once, so missing or expired credentials stop the scan with one line before
   * anything is collected.
   */
  async signIn(): Promise<void> {
    const token = this.options.accessToken
    try {
      if (token) {
        const c = new OAuth2Client()
        c.setCredentials({ access_token: token })
        this.client = c
      } else {
        this.client = await new GoogleAuth({ scopes: [READ_ONLY_SCOPE] }).getClient()
        const t = await this.client.getAccessToken()
        if (!t.token) throw new Error('the credentials returned no access token')
      }
    } catch (err) {
      const text = describeError(err)
      const expired = /invalid_grant|expired|revoked/i.test(text)
      throw new PostureError(
        'POSTURE_ERR_NO_CREDENTIALS',
        /Could not load the default credentials/i.test(text)
          ? 'No Google Cloud credentials found (application default credentials)'
          : `Google Cloud sign-in failed: ${text.split('\n')[0]!.slice(0, 300)}`,
        expired
          ? 'The credentials have expired or were revoked: run `gcloud auth application-default login` again, or renew the key.'
          : NO_CREDENTIALS_HINT,
        { cause: err },
      )
    }
    // Count every request the client sends (the @googleapis factories and REST calls share it).
    this.client.transporter.interceptors.request.add({
      resolved: (config) => {
        this.apiCalls++
        return Promise.resolve(config)
      },
    })
  }

  /** Options for an @googleapis/* API factory. */
  apiOptions(): GcpApiOptions {
    return { auth: this.auth as OAuth2Client, ...(this.rootUrl ? { rootUrl: this.rootUrl } : {}), retryConfig: this.retryConfig }
  }

  /** Base URL of a REST-only API. */
  restRoot(service: GcpRestService): string {
    return this.rootUrl ?? `https://${service}.googleapis.com/`
  }

  /** GET `path` (e.g. 'v1/projects/p/locations') of a REST-only API, as JSON. */
  async getJson<T>(service: GcpRestService, path: string, signal?: AbortSignal, params: Record<string, string> = {}): Promise<T> {
    const url = new URL(path, this.restRoot(service))
    for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v)
    const res = await this.auth.request<T>({ url: url.toString(), method: 'GET', signal, retryConfig: this.retryConfig })
    return res.data
  }

  /** Every page of a REST-only list (pageToken / nextPageToken). */
  async *pages<T extends { nextPageToken?: string }>(
    service: GcpRestService,
    path: string,
    signal?: AbortSignal,
    params: Record<string, string> = {},
  ): AsyncIterable<T> {
    let pageToken: string | undefined
    do {
      const page: T = await this.getJson<T>(service, path, signal, { ...params, ...(pageToken ? { pageToken } : {}) })
      yield page
      pageToken = page.nextPageToken || undefined
    } while (pageToken)
  }

  /** Turns a failure of project discovery into the error the user acts on. */
  private discoveryError(what: string, err: unknown): PostureError {
    const code = errorCode(err)
    const text = describeError(err)
    if (/ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ECONNRESET|ETIMEDOUT/.test(code) || /ECONNREFUSED|ENOTFOUND/.test(text)) {
      return new PostureError(
        'POSTURE_ERR_ENDPOINT_UNREACHABLE',
        `Cannot reach Google Cloud${this.rootUrl ? ` at ${this.rootUrl}` : ''}: ${text}`,
        'Check the network, a proxy (HTTPS_PROXY) or --endpoint.',
        { cause: err },
      )
    }
    if (code === 'UNAUTHENTICATED' || code === 'ACCESS_TOKEN_EXPIRED' || code === 'HTTP401') {
      return new PostureError(
        'POSTURE_ERR_NO_CREDENTIALS',
        `Google Cloud rejected the credentials: ${text}`,
        `The token is invalid or expired. ${NO_CREDENTIALS_HINT}`,
        { cause: err },
      )
    }
    return new PostureError(
      'POSTURE_ERR_SCAN_FAILED',
      `Cannot ${what}: ${text}`,
      'Grant the identity roles/browser (resourcemanager.projects.get/list) where the projects live.',
      { cause: err },
    )
  }

  private rm() {
    return cloudresourcemanager({ version: 'v3', ...this.apiOptions() })
  }

  /** Every ACTIVE project the credentials can see (Resource Manager projects.search). */
  async projects(): Promise<GcpProject[]> {
    const out: GcpProject[] = []
    let pageToken: string | undefined
    try {
      do {
        const res = await this.rm().projects.search({ pageToken, query: 'state:ACTIVE' })
        out.push(...(res.data.projects ?? []).map(toProject))
        pageToken = res.data.nextPageToken ?? undefined
      } while (pageToken)
    } catch (err) {
      throw this.discoveryError('list projects', err)
    }
    return out.filter((p) => p.projectId && p.state === 'ACTIVE')
  }

  /** Every ACTIVE project under an organization or folder ('organizations/123', 'folders/456'), through sub-folders. */
  async projectsUnder(root: string): Promise<GcpProject[]> {
    const out: GcpProject[] = []
    const queue = [root]
    try {
      while (queue.length > 0) {
        const parent = queue.shift()!
        let pageToken: string | undefined
        do {
          const res = await this.rm().projects.list({ parent, pageToken })
          out.push(...(res.data.projects ?? []).map(toProject))
          pageToken = res.data.nextPageToken ?? undefined
        } while (pageToken)
        do {
          const res = await this.rm().folders.list({ parent, pageToken })
          queue.push(
            ...(res.data.folders ?? []).flatMap((f) => (f.name && (f as { state?: string | null }).state !== 'DELETE_REQUESTED' ? [f.name] : [])),
          )
          pageToken = res.data.nextPageToken ?? undefined
        } while (pageToken)
      }
    } catch (err) {
      throw this.discoveryError(`list the projects under ${root}`, err)
    }
    return out.filter((p) => p.projectId && p.state === 'ACTIVE')
  }
}

function toProject(p: {
  projectId?: string | null
  name?: string | null
  displayName?: string | null
  parent?: string | null
  state?: string | null
}): GcpProject {
  return {
    projectId: p.projectId ?? '',
    projectNumber: (p.name ?? '').replace(/^projects\//, ''),
    displayName: p.displayName ?? p.projectId ?? '',
    parent: p.parent ?? '',
    state: p.state ?? 'STATE_UNSPECIFIED',
  }
}

/**
 * The projects to scan: the ones named (each must be visible), else all visible ones. Google answers 403 both for a
 * project that does not exist and for one the caller may not see, so an invisible id is a usage error saying both.
 */
export function resolveProjects(requested: readonly string[] | undefined, visible: readonly GcpProject[]): GcpProject[] {
  const list = visible.map((p) => p.projectId).join(', ') || 'none'
  if (!requested || requested.length === 0) {
    if (visible.length === 0) {
      throw new PostureError(
        'POSTURE_ERR_SCAN_FAILED',
        'These credentials can see no active Google Cloud project',
        'Grant the identity roles/browser and roles/viewer (or roles/iam.securityReviewer) on the projects, or name them with --projects.',
      )
    }
    return [...visible]
  }
  const bad = requested.filter((p) => !isProjectId(p))
  if (bad.length > 0) {
    throw new PostureError(
      'POSTURE_ERR_USAGE',
      `Invalid project id: ${bad.join(', ')}`,
      'Project ids are 6–30 lowercase letters, digits and hyphens, starting with a letter (`gcloud projects list`).',
    )
  }
  const byId = new Map(visible.map((p) => [p.projectId, p]))
  const missing = requested.filter((p) => !byId.has(p))
  if (missing.length > 0) {
    throw new PostureError(
      'POSTURE_ERR_USAGE',
      `Project not found or not visible to these credentials: ${missing.join(', ')}`,
      `Visible: ${list}. Check the id, or grant the identity resourcemanager.projects.get (roles/browser) on it.`,
    )
  }
  return [...new Set(requested)].map((p) => byId.get(p)!)
}
