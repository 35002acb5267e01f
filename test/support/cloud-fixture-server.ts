/**
 * An HTTPS server on 127.0.0.1 standing in for Azure Resource Manager and Google Cloud REST APIs, so tests run the
 * real SDK clients (@azure/arm-*, @googleapis/*, google-auth-library) end to end: authentication, paging, retries and
 * error handling included. Routes answer in the providers' documented REST shapes; helpers build Azure `nextLink`
 * and Google `pageToken` paging, Azure/Google error bodies, and 429 answers with Retry-After.
 *
 * It also serves the Microsoft Entra endpoints `DefaultAzureCredential` uses with a client secret
 * (`/<tenant>/v2.0/.well-known/openid-configuration` and `/<tenant>/oauth2/v2.0/token`), so the CLI can be pointed
 * at it with AZURE_AUTHORITY_HOST. Google calls authenticate with a static bearer token (GOOGLE_OAUTH_ACCESS_TOKEN).
 */
import { createServer, type Server } from 'node:https'
import type { IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'
import { testTls } from './tls.js'

/** A request the server received. */
export interface FixtureRequest {
  method: string
  /** Path without the query string, e.g. /subscriptions/s1/providers/Microsoft.Storage/storageAccounts */
  path: string
  query: URLSearchParams
  headers: IncomingHttpHeaders
  body: string
}

/** One answer. An object body is sent as JSON. */
export interface FixtureReply {
  status?: number
  headers?: Record<string, string>
  body?: unknown
}

/** Computes an answer; `url` is the server's base URL (for nextLink). */
export type FixtureHandler = (req: FixtureRequest, url: string) => FixtureReply

/**
 * A route: method (default GET) and path (exact string, or a RegExp tested against the path). `reply` may be one
 * answer, a handler, or a list answered in turn (the last one repeats), e.g. [tooManyRequests(), ok].
 */
export interface FixtureRoute {
  method?: string
  path: string | RegExp
  /** Only requests whose query has these values (e.g. { $skiptoken: '2' } or { pageToken: 'p2' }). */
  query?: Record<string, string>
  reply: FixtureReply | FixtureHandler | (FixtureReply | FixtureHandler)[]
}

/** A running fixture server. */
export interface FixtureServer {
  /** Base URL without a trailing slash, e.g. https://127.0.0.1:40123 */
  readonly url: string
  /** Every request, in order. */
  readonly requests: FixtureRequest[]
  /** Requests no route answered (they got 404): tests assert this stays empty. */
  readonly unmatched: FixtureRequest[]
  /** Adds routes; later routes win over earlier ones for the same request. */
  route(...routes: FixtureRoute[]): void
  /** Removes every route and recorded request (keeps the auth endpoints). */
  reset(): void
  close(): Promise<void>
}

/** The access token the fixture's Entra endpoint issues; Azure routes may check `authorization: Bearer <it>`. */
export const FIXTURE_AZURE_TOKEN = 'fixture-azure-access-token'
/** The token GCP tests pass as GOOGLE_OAUTH_ACCESS_TOKEN / session accessToken. */
export const FIXTURE_GCP_TOKEN = 'fixture-gcp-access-token'

function matches(route: FixtureRoute, req: FixtureRequest): boolean {
  if ((route.method ?? 'GET') !== req.method) return false
  if (typeof route.path === 'string' ? route.path !== req.path : !route.path.test(req.path)) return false
  return Object.entries(route.query ?? {}).every(([k, v]) => req.query.get(k) === v)
}

/** Entra (Azure AD) endpoints for a client-secret login against this server as authority host. */
function entraReply(req: FixtureRequest, url: string): FixtureReply | undefined {
  const m = /^\/([^/]+)\/(v2\.0\/\.well-known\/openid-configuration|oauth2\/v2\.0\/token)$/.exec(req.path)
  if (!m) return undefined
  const tenant = m[1]!
  if (m[2]!.startsWith('v2.0')) {
    return {
      body: {
        token_endpoint: `${url}/${tenant}/oauth2/v2.0/token`,
        authorization_endpoint: `${url}/${tenant}/oauth2/v2.0/authorize`,
        issuer: `${url}/${tenant}/v2.0`,
        jwks_uri: `${url}/${tenant}/discovery/v2.0/keys`,
      },
    }
  }
  const form = new URLSearchParams(req.body)
  if (form.get('client_secret') === 'expired-secret') {
    return {
      status: 401,
      body: {
        error: 'invalid_client',
        error_description: "AADSTS7000222: The provided client secret keys for app '" + (form.get('client_id') ?? '') + "' are expired.",
        error_codes: [7000222],
      },
    }
  }
  return { body: { token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: FIXTURE_AZURE_TOKEN } }
}

/** Starts a fixture server on a free 127.0.0.1 port. */
export async function startFixtureServer(routes: FixtureRoute[] = []): Promise<FixtureServer> {
  const requests: FixtureRequest[] = []
  const unmatched: FixtureRequest[] = []
  let table: { route: FixtureRoute; served: number }[] = routes.map((route) => ({ route, served: 0 }))
  let url = ''
  const { key, cert } = testTls()
  const server: Server = createServer({ key, cert }, (req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const parsed = new URL(req.url ?? '/', url)
      const fr: FixtureRequest = {
        method: req.method ?? 'GET',
        path: decodeURIComponent(parsed.pathname),
        query: parsed.searchParams,
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      }
      requests.push(fr)
      let reply = entraReply(fr, url)
      if (!reply) {
        const entry = [...table].reverse().find((e) => matches(e.route, fr))
        if (!entry) {
          unmatched.push(fr)
          reply = { status: 404, body: { error: { code: 'NotFound', message: `no fixture for ${fr.method} ${fr.path}` } } }
        } else {
          const r = entry.route.reply
          const pick = Array.isArray(r) ? r[Math.min(entry.served, r.length - 1)]! : r
          reply = typeof pick === 'function' ? pick(fr, url) : pick
          entry.served++
        }
      }
      const body = reply.body === undefined ? '' : typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body)
      res.writeHead(reply.status ?? 200, { 'content-type': 'application/json; charset=utf-8', ...reply.headers })
      res.end(body)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url,
    requests,
    unmatched,
    route(...more) {
      table.push(...more.map((route) => ({ route, served: 0 })))
    },
    reset() {
      table = []
      requests.length = 0
      unmatched.length = 0
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

// ---- Azure Resource Manager shapes ----

/**
 * Routes serving `pages` of an ARM list at `path` with `nextLink` paging (the SDK follows nextLink as given): page 1
 * at the path itself, page n at `path?$skiptoken=n`.
 */
export function azurePages(path: string, pages: readonly unknown[][]): FixtureRoute[] {
  return pages.map((items, i) => ({
    path,
    ...(i > 0 ? { query: { $skiptoken: String(i + 1) } } : {}),
    reply: (_req: FixtureRequest, url: string): FixtureReply => ({
      body: { value: items, ...(i + 1 < pages.length ? { nextLink: `${url}${path}?api-version=2099-01-01&$skiptoken=${i + 2}` } : {}) },
    }),
  }))
}

/** One ARM list page with everything in it. */
export function azureList(path: string, items: readonly unknown[]): FixtureRoute {
  return { path, reply: { body: { value: items } } }
}

/** An ARM error answer, e.g. azureError(403, 'AuthorizationFailed', 'The client ... does not have authorization ...'). */
export function azureError(status: number, code: string, message: string): FixtureReply {
  return { status, body: { error: { code, message } } }
}

/** The 403 ARM returns when the caller has no role on the subscription. */
export function azureForbidden(subscription: string, action = 'Microsoft.Resources/subscriptions/read'): FixtureReply {
  return azureError(
    403,
    'AuthorizationFailed',
    `The client 'posture-test' with object id '00000000-0000-0000-0000-00000000cafe' does not have authorization to perform action '${action}' over scope '/subscriptions/${subscription}' or the scope is invalid.`,
  )
}

// ---- Google Cloud shapes ----

/**
 * Routes serving `pages` of a Google list at `path` under `itemsKey` (items, buckets, accounts, sinks, ...) with
 * pageToken paging: page 1 without a token, page n with pageToken=p<n>.
 */
export function gcpPages(path: string, itemsKey: string, pages: readonly unknown[][]): FixtureRoute[] {
  return pages.map((items, i) => ({
    path,
    ...(i > 0 ? { query: { pageToken: `p${i + 1}` } } : {}),
    reply: { body: { [itemsKey]: items, ...(i + 1 < pages.length ? { nextPageToken: `p${i + 2}` } : {}) } },
  }))
}

/** A Google API error body (google.rpc.Status in the JSON error envelope). */
export function gcpError(status: number, rpcStatus: string, message: string, reason?: string): FixtureReply {
  return {
    status,
    body: {
      error: {
        code: status,
        message,
        status: rpcStatus,
        errors: [{ message, domain: 'global', reason: reason ?? (status === 403 ? 'forbidden' : rpcStatus.toLowerCase()) }],
        ...(reason ? { details: [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason, domain: 'googleapis.com' }] } : {}),
      },
    },
  }
}

/** The 403 Google returns when the caller lacks a permission on the project. */
export function gcpForbidden(permission: string, project: string): FixtureReply {
  return gcpError(
    403,
    'PERMISSION_DENIED',
    `Permission '${permission}' denied on resource 'projects/${project}' (or it may not exist).`,
    'IAM_PERMISSION_DENIED',
  )
}

/** 429 with Retry-After (seconds), in either provider's error shape. */
export function tooManyRequests(provider: 'azure' | 'gcp', retryAfterSeconds = 1): FixtureReply {
  const reply =
    provider === 'azure'
      ? azureError(429, 'TooManyRequests', 'The request is being throttled.')
      : gcpError(429, 'RESOURCE_EXHAUSTED', 'Quota exceeded for quota metric read requests.', 'RATE_LIMIT_EXCEEDED')
  return { ...reply, headers: { 'retry-after': String(retryAfterSeconds) } }
}
