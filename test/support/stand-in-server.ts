/**
 * A real HTTP server on 127.0.0.1 standing in for Slack, Teams, a webhook receiver, Jira or PagerDuty in tests: it
 * records every request, answers through a handler that validates shape and auth like the real service, and can be
 * told to fail (500, 429 with Retry-After, or an outage) to exercise retries.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

/** A request the stand-in received. */
export interface RecordedRequest {
  method: string
  /** Path without the query string. */
  path: string
  query: URLSearchParams
  headers: IncomingHttpHeaders
  body: string
  /** The body parsed as JSON, when it is JSON. */
  json: unknown
  /** Whether the handler answered it (false: failed on purpose by failNext/down). */
  handled: boolean
}

/** What a handler answers. An object body is sent as JSON. */
export interface StandInResponse {
  status: number
  headers?: Record<string, string>
  body?: string | object
}

/** Answers one request; may throw to answer 500. */
export type StandInHandler = (req: RecordedRequest) => StandInResponse | Promise<StandInResponse>

/** A running stand-in. */
export interface StandIn {
  /** Base URL, e.g. http://127.0.0.1:40123 */
  readonly url: string
  /** Every request received, in order (failed ones included, with handled: false). */
  readonly requests: RecordedRequest[]
  /** Requests the handler answered. */
  handled(): RecordedRequest[]
  /** The next `n` requests get this answer instead of the handler's. */
  failNext(n: number, response: StandInResponse): void
  /** Until up(): every request gets this answer (default 503). */
  down(response?: StandInResponse): void
  up(): void
  close(): Promise<void>
}

function parseJson(text: string): unknown {
  try {
    return text ? (JSON.parse(text) as unknown) : undefined
  } catch {
    return undefined
  }
}

/** Starts a stand-in on a free 127.0.0.1 port. */
export async function startStandIn(handler: StandInHandler): Promise<StandIn> {
  const requests: RecordedRequest[] = []
  const failures: StandInResponse[] = []
  let outage: StandInResponse | undefined
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1')
      const body = Buffer.concat(chunks).toString('utf8')
      const recorded: RecordedRequest = {
        method: req.method ?? 'GET',
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        body,
        json: parseJson(body),
        handled: false,
      }
      requests.push(recorded)
      const forced = outage ?? failures.shift()
      const answer = forced
        ? Promise.resolve(forced)
        : Promise.resolve()
            .then(() => handler(recorded))
            .then((r) => ((recorded.handled = true), r))
      answer
        .catch((err: unknown): StandInResponse => ({ status: 500, body: { error: String(err) } }))
        .then((r) => {
          const text = r.body === undefined ? '' : typeof r.body === 'string' ? r.body : JSON.stringify(r.body)
          const type = typeof r.body === 'object' ? { 'content-type': 'application/json' } : { 'content-type': 'text/plain' }
          res.writeHead(r.status, { ...type, ...r.headers })
          res.end(text)
        })
        .catch(() => res.destroy())
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    handled: () => requests.filter((r) => r.handled),
    failNext(n, response) {
      for (let i = 0; i < n; i++) failures.push(response)
    },
    down(response = { status: 503, body: 'service unavailable' }) {
      outage = response
    },
    up() {
      outage = undefined
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
