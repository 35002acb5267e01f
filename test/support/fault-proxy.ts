/**
 * A small HTTP proxy on 127.0.0.1 in front of the emulator that answers chosen AWS requests with an error
 * (AccessDenied, Throttling, ...) in the protocol the SDK expects, and forwards everything else. Integration
 * tests use it to check that failures become collection errors and ERROR findings, never PASS.
 */
import { createServer, request, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/** Which requests a rule answers, and with what error. */
export interface FaultRule {
  /** AWS Query `Action=` (IAM, EC2, RDS, STS) or the operation part of a JSON `X-Amz-Target` (KMS, CloudTrail, Logs, ...). */
  action?: string
  /** An S3 subresource present in the query string, e.g. 'policy', 'acl', 'versioning'. */
  s3Subresource?: string
  /** HTTP method for S3 rules (default: any), e.g. 'GET' so that PutBucketPolicy is not hit. */
  method?: string
  /** Signing service from the credential scope (e.g. 's3', 'ec2', 'iam'); default: any. */
  service?: string
  /** Signing region from the credential scope; default: any. */
  region?: string
  /** HTTP status of the error answer (e.g. 403, 400). */
  status: number
  /** AWS error code, e.g. 'AccessDenied', 'UnauthorizedOperation', 'Throttling', 'ThrottlingException'. */
  code: string
  message?: string
  /** Answer only the first N matching requests, then forward; default: always. */
  times?: number
}

/** A running proxy with its counters. */
export interface FaultProxy {
  /** Base URL to use as the AWS endpoint. */
  url: string
  /** Requests answered with an error, in total and per rule (same order as the rules). */
  matched: number
  matchedByRule: number[]
  /** Requests passed on to the emulator. */
  forwarded: number
  /** Replaces the rules and resets the counters. */
  setRules(rules: FaultRule[]): void
  /** Stops listening. */
  close(): Promise<void>
}

/** What the proxy knows about one request once its body has been read. */
interface RequestInfo {
  method: string
  service: string
  region: string
  action: string | undefined
  target: string | undefined
  query: URLSearchParams
  protocol: 'json' | 'ec2' | 'query' | 's3'
}

/** Signing service and region from `Authorization: AWS4-HMAC-SHA256 Credential=AKID/DATE/REGION/SERVICE/aws4_request`. */
function credentialScope(headers: IncomingHttpHeaders): { service: string; region: string } {
  const m = /Credential=[^/]+\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request/.exec(headers.authorization ?? '')
  return { region: m?.[1] ?? '', service: m?.[2] ?? '' }
}

/** Classifies a request: protocol, service and operation. */
function describe(req: IncomingMessage, body: Buffer): RequestInfo {
  const url = new URL(req.url ?? '/', 'http://proxy')
  const { service, region } = credentialScope(req.headers)
  const target = req.headers['x-amz-target']?.toString()
  const type = req.headers['content-type'] ?? ''
  const form = type.includes('x-www-form-urlencoded') ? new URLSearchParams(body.toString('utf8')) : undefined
  const action = form?.get('Action') ?? url.searchParams.get('Action') ?? undefined
  const protocol = target || type.includes('amz-json') ? 'json' : action ? (service === 'ec2' ? 'ec2' : 'query') : 's3'
  return { method: req.method ?? 'GET', service, region, action, target, query: url.searchParams, protocol }
}

/** True when `rule` selects the request. */
function matches(rule: FaultRule, info: RequestInfo): boolean {
  if (rule.service && rule.service !== info.service) return false
  if (rule.region && rule.region !== info.region) return false
  if (rule.method && rule.method !== info.method) return false
  if (rule.s3Subresource && !(info.protocol === 's3' && info.query.has(rule.s3Subresource))) return false
  if (rule.action) {
    const op = info.target ? info.target.slice(info.target.lastIndexOf('.') + 1) : info.action
    if (op !== rule.action) return false
  }
  return Boolean(rule.action || rule.s3Subresource)
}

const xmlEscape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** Writes the error the way the service's protocol encodes it. */
function answer(res: ServerResponse, rule: FaultRule, info: RequestInfo): void {
  const code = rule.code
  const message = rule.message ?? `Injected by the fault proxy: ${code}`
  const requestId = `fault-${Math.random().toString(16).slice(2, 10)}`
  const m = xmlEscape(message)
  const send = (contentType: string, body: string, extra: Record<string, string> = {}): void => {
    res.writeHead(rule.status, { 'content-type': contentType, 'x-amzn-requestid': requestId, ...extra })
    res.end(body)
  }
  switch (info.protocol) {
    case 'json':
      // awsJson: the code comes from x-amzn-errortype or __type; CloudWatch's query-compatible JSON also reads x-amzn-query-error.
      return send('application/x-amz-json-1.1', JSON.stringify({ __type: code, message }), {
        'x-amzn-errortype': code,
        'x-amzn-query-error': `${code};Sender`,
      })
    case 'ec2':
      return send(
        'text/xml',
        `<Response><Errors><Error><Code>${code}</Code><Message>${m}</Message></Error></Errors><RequestID>${requestId}</RequestID></Response>`,
      )
    case 'query':
      return send(
        'text/xml',
        `<ErrorResponse><Error><Type>Sender</Type><Code>${code}</Code><Message>${m}</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`,
      )
    case 's3':
      return send(
        'application/xml',
        `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${m}</Message><RequestId>${requestId}</RequestId></Error>`,
      )
  }
}

/** Passes the request on to the emulator unchanged and streams the answer back. */
function forward(target: URL, req: IncomingMessage, body: Buffer, res: ServerResponse): void {
  const upstream = request({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers }, (up) => {
    res.writeHead(up.statusCode ?? 502, up.headers)
    up.pipe(res)
  })
  upstream.on('error', (err) => {
    res.writeHead(502, { 'content-type': 'text/plain' })
    res.end(`fault proxy: upstream error ${err.message}`)
  })
  upstream.end(body)
}

/** Starts a fault proxy on a random 127.0.0.1 port in front of `targetUrl` (the emulator). */
export async function startFaultProxy(targetUrl: string, initialRules: FaultRule[] = []): Promise<FaultProxy> {
  const target = new URL(targetUrl)
  let rules: FaultRule[] = []
  const state = { matched: 0, forwarded: 0, matchedByRule: [] as number[] }
  const setRules = (next: FaultRule[]): void => {
    rules = [...next]
    state.matched = 0
    state.forwarded = 0
    state.matchedByRule = next.map(() => 0)
  }
  setRules(initialRules)

  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const body = Buffer.concat(chunks)
      const info = describe(req, body)
      const i = rules.findIndex((r, idx) => matches(r, info) && (r.times === undefined || (state.matchedByRule[idx] ?? 0) < r.times))
      if (i >= 0) {
        state.matched++
        state.matchedByRule[i] = (state.matchedByRule[i] ?? 0) + 1
        answer(res, rules[i]!, info)
        return
      }
      state.forwarded++
      forward(target, req, body, res)
    })
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    get matched() {
      return state.matched
    },
    get matchedByRule() {
      return [...state.matchedByRule]
    },
    get forwarded() {
      return state.forwarded
    },
    setRules,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections()
        server.close(() => done())
      }),
  }
}
