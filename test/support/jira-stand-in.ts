/**
 * A Jira Cloud stand-in for channel and integration tests: the REST v3 calls Posture makes (enhanced JQL search, create
 * issue, comments, transitions), validated like Jira does it (Basic auth, JSON, ADF documents, required fields, labels
 * without spaces), with issues kept in memory under keys `<PROJECT>-<n>`.
 * Shapes: https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/ and api-group-issue-search/.
 */
import { startStandIn, type RecordedRequest, type StandIn, type StandInResponse } from './stand-in-server.js'

/** Jira's three status categories. */
export type JiraStatusCategory = 'new' | 'indeterminate' | 'done'

/** A workflow transition: its name and the status it leads to. */
export interface JiraStandInTransition {
  name: string
  to: string
  category: JiraStatusCategory
}

/** How to start the stand-in. */
export interface JiraStandInOptions {
  email: string
  apiToken: string
  project: string
  /** Default: the simplified workflow, 'To Do' (new), 'In Progress' (indeterminate), 'Done' (done). New issues start at the first `new` one. */
  transitions?: JiraStandInTransition[]
  /** Issue types the project has (default Task, Bug, Story). */
  issueTypes?: string[]
}

/** An issue the stand-in holds. */
export interface JiraStandInIssue {
  id: string
  key: string
  issueType: string
  summary: string
  /** The ADF document sent as description. */
  description: unknown
  labels: string[]
  status: string
  statusCategory: JiraStatusCategory
  /** ADF bodies of the comments, oldest first. */
  comments: unknown[]
  /** Names of the transitions applied, in order. */
  transitionsApplied: string[]
}

/** A running Jira stand-in. */
export interface JiraStandIn {
  url: string
  standIn: StandIn
  issues: JiraStandInIssue[]
  /** The next request matching method and path is carried out but answered with `response` (default 500): a lost response. */
  loseNextResponse(method: string, path: string | RegExp, response?: StandInResponse): void
  /** Until thawSearch(): search answers from a copy of the issues as they are now, like Jira's eventually consistent index. */
  freezeSearch(): void
  thawSearch(): void
  close(): Promise<void>
}

/** The default workflow: Jira's simplified one, where every status can be reached from every other. */
export const DEFAULT_JIRA_TRANSITIONS: JiraStandInTransition[] = [
  { name: 'To Do', to: 'To Do', category: 'new' },
  { name: 'In Progress', to: 'In Progress', category: 'indeterminate' },
  { name: 'Done', to: 'Done', category: 'done' },
]

const BLOCKS = new Set(['paragraph', 'heading', 'bulletList', 'orderedList', 'listItem', 'codeBlock', 'blockquote', 'rule'])

function nodeProblem(node: unknown, parent: string): string | undefined {
  const n = node as { type?: unknown; text?: unknown; marks?: unknown; content?: unknown; attrs?: { level?: unknown; href?: unknown } }
  if (!n || typeof n !== 'object' || typeof n.type !== 'string') return `node without type in ${parent}`
  if (n.type === 'text') {
    if (parent === 'doc') return 'text directly in doc'
    if (typeof n.text !== 'string' || n.text.length === 0) return `empty text node in ${parent}`
    if (n.marks === undefined) return undefined
    if (parent === 'codeBlock') return 'marks on text in codeBlock'
    const marks = Array.isArray(n.marks) ? (n.marks as { type?: unknown; attrs?: { href?: unknown } }[]) : []
    return marks.every((m) => ['strong', 'em', 'code'].includes(String(m.type)) || (m.type === 'link' && typeof m.attrs?.href === 'string'))
      ? undefined
      : 'invalid mark'
  }
  if (!BLOCKS.has(n.type)) return `unknown node ${n.type}`
  if (n.type === 'heading' && ![1, 2, 3, 4, 5, 6].includes(n.attrs?.level as number)) return 'heading without level 1-6'
  if (n.content === undefined) return n.type === 'paragraph' || n.type === 'rule' ? undefined : `${n.type} without content`
  if (!Array.isArray(n.content)) return `${n.type} content is not a list`
  if ((n.type === 'bulletList' || n.type === 'orderedList') && n.content.some((c: { type?: unknown }) => c?.type !== 'listItem'))
    return 'list item expected'
  for (const child of n.content) {
    const problem = nodeProblem(child, n.type)
    if (problem) return problem
  }
  return undefined
}

/** Why a value is not an ADF document Jira would accept, or undefined when it is. */
export function adfProblem(doc: unknown): string | undefined {
  const d = doc as { type?: unknown; version?: unknown; content?: unknown }
  if (!d || typeof d !== 'object' || d.type !== 'doc' || d.version !== 1) return 'not a doc of version 1'
  if (!Array.isArray(d.content)) return 'doc without content'
  for (const child of d.content) {
    const problem = nodeProblem(child, 'doc')
    if (problem) return problem
  }
  return undefined
}

/** The text of an ADF document, one line per block, with links shown as "text <href>" when they differ; for assertions. */
export function adfText(doc: unknown): string {
  const walk = (n: { type?: string; text?: string; marks?: { attrs?: { href?: string } }[]; content?: unknown[] }): string => {
    if (n.type === 'text') {
      const href = n.marks?.find((m) => m.attrs?.href)?.attrs?.href
      return href && href !== n.text ? `${n.text} <${href}>` : (n.text ?? '')
    }
    const inner = (n.content ?? []).map((c) => walk(c as typeof n))
    return ['paragraph', 'heading', 'codeBlock'].includes(n.type ?? '') ? inner.join('') : inner.join('\n')
  }
  return walk(doc as Parameters<typeof walk>[0])
}

const jiraError = (status: number, errorMessages: string[], errors: Record<string, string> = {}): StandInResponse => ({
  status,
  body: { errorMessages, errors },
})

function unquote(s: string): string {
  return s.replace(/\\(.)/g, '$1')
}

/** The JQL Posture sends: project = "<KEY>" AND labels = "<label>" [ORDER BY created DESC]. */
function parseJql(jql: string): { project: string; label: string } | undefined {
  const m = /^project = "((?:[^"\\]|\\.)*)" AND labels = "((?:[^"\\]|\\.)*)"(?: ORDER BY created DESC)?$/.exec(jql)
  return m ? { project: unquote(m[1]!), label: unquote(m[2]!) } : undefined
}

type Handler = (req: RecordedRequest, body: Record<string, unknown>) => StandInResponse

/** The stand-in's state and its REST handlers. */
class JiraState {
  readonly issues: JiraStandInIssue[] = []
  /** What search sees while frozen (search is eventually consistent in Jira Cloud). */
  frozen: JiraStandInIssue[] | undefined
  readonly transitions: (JiraStandInTransition & { id: string })[]
  baseUrl = ''

  constructor(readonly opts: JiraStandInOptions) {
    this.transitions = (opts.transitions ?? DEFAULT_JIRA_TRANSITIONS).map((t, i) => ({ ...t, id: String((i + 1) * 10 + 1) }))
  }

  issue(keyOrId: string): JiraStandInIssue | undefined {
    return this.issues.find((i) => i.key === keyOrId || i.id === keyOrId)
  }

  available(issue: JiraStandInIssue): (JiraStandInTransition & { id: string })[] {
    return this.transitions.filter((t) => t.to !== issue.status)
  }

  view(issue: JiraStandInIssue, fields: string[]): object {
    const all: Record<string, unknown> = {
      status: { name: issue.status, statusCategory: { key: issue.statusCategory } },
      summary: issue.summary,
      labels: issue.labels,
    }
    return { id: issue.id, key: issue.key, fields: Object.fromEntries(fields.filter((f) => f in all).map((f) => [f, all[f]])) }
  }

  search: Handler = (_req, body) => {
    if (typeof body.jql !== 'string') return jiraError(400, ['jql is required'])
    const q = parseJql(body.jql)
    if (!q) return jiraError(400, [`Error in the JQL Query: stand-in cannot parse '${body.jql}'`])
    if (q.project !== this.opts.project) return jiraError(400, [`The value '${q.project}' does not exist for the field 'project'.`])
    if (body.fields !== undefined && !Array.isArray(body.fields)) return jiraError(400, ['Invalid request payload.'])
    const max = body.maxResults === undefined ? 50 : Number(body.maxResults)
    const hits = (this.frozen ?? this.issues).filter((i) => i.labels.includes(q.label)).sort((a, b) => Number(b.id) - Number(a.id))
    return { status: 200, body: { issues: hits.slice(0, max).map((i) => this.view(i, (body.fields as string[]) ?? [])), isLast: true } }
  }

  create: Handler = (_req, body) => {
    const f = (body.fields ?? {}) as Record<string, unknown>
    const errors = createErrors(f, this.opts)
    if (Object.keys(errors).length) return jiraError(400, [], errors)
    const id = String(10000 + this.issues.length + 1)
    const key = `${this.opts.project}-${this.issues.length + 1}`
    const first = this.transitions.find((t) => t.category === 'new')
    this.issues.push({
      id,
      key,
      issueType: (f.issuetype as { name: string }).name,
      summary: f.summary as string,
      description: f.description,
      labels: (f.labels as string[] | undefined) ?? [],
      status: first?.to ?? 'To Do',
      statusCategory: 'new',
      comments: [],
      transitionsApplied: [],
    })
    return { status: 201, body: { id, key, self: `${this.baseUrl}/rest/api/3/issue/${id}` } }
  }

  comment = (issue: JiraStandInIssue, body: Record<string, unknown>): StandInResponse => {
    const problem = adfProblem(body.body)
    if (problem) return jiraError(400, [], { comment: `Comment body is not valid ADF: ${problem}` })
    issue.comments.push(body.body)
    const id = String(issue.comments.length)
    return { status: 201, body: { id, self: `${this.baseUrl}/rest/api/3/issue/${issue.id}/comment/${id}`, body: body.body } }
  }

  transition = (issue: JiraStandInIssue, req: RecordedRequest, body: Record<string, unknown>): StandInResponse => {
    const list = this.available(issue)
    if (req.method === 'GET') {
      return {
        status: 200,
        body: { transitions: list.map((t) => ({ id: t.id, name: t.name, to: { name: t.to, statusCategory: { key: t.category } } })) },
      }
    }
    const id = (body.transition as { id?: unknown } | undefined)?.id
    const t = list.find((x) => x.id === id)
    if (!t) return jiraError(400, [`Transition id '${String(id)}' is not valid for this issue.`])
    issue.status = t.to
    issue.statusCategory = t.category
    issue.transitionsApplied.push(t.name)
    return { status: 204 }
  }
}

function createErrors(f: Record<string, unknown>, opts: JiraStandInOptions): Record<string, string> {
  const errors: Record<string, string> = {}
  if ((f.project as { key?: unknown } | undefined)?.key !== opts.project) errors.project = 'Specify a valid project ID or key'
  const type = (f.issuetype as { name?: unknown } | undefined)?.name
  if (!(opts.issueTypes ?? ['Task', 'Bug', 'Story']).includes(type as string)) errors.issuetype = 'Specify a valid issue type'
  const summary = f.summary
  if (typeof summary !== 'string' || !summary.trim()) errors.summary = 'You must specify a summary of the issue.'
  else if (summary.length > 255) errors.summary = 'Summary must be less than 255 characters.'
  else if (/[\r\n]/.test(summary)) errors.summary = 'The summary is invalid because it contains newline characters.'
  const problem = f.description === undefined ? undefined : adfProblem(f.description)
  if (problem) errors.description = `Operation value must be an Atlassian Document (${problem})`
  const labels = f.labels ?? []
  if (!Array.isArray(labels) || labels.some((l) => typeof l !== 'string' || !l || l.length > 255)) errors.labels = 'Labels must be non-empty strings'
  else {
    const spaced = (labels as string[]).find((l) => /\s/.test(l))
    if (spaced) errors.labels = `The label '${spaced}' contains spaces which is invalid.`
  }
  return errors
}

function route(state: JiraState, req: RecordedRequest): StandInResponse {
  const body = (req.json ?? {}) as Record<string, unknown>
  if (req.method === 'POST' && req.path === '/rest/api/3/search/jql') return state.search(req, body)
  if (req.method === 'POST' && req.path === '/rest/api/3/issue') return state.create(req, body)
  const m = /^\/rest\/api\/3\/issue\/([^/]+)(?:\/(transitions|comment))?$/.exec(req.path)
  if (!m) return jiraError(404, ['Not found'])
  const issue = state.issue(decodeURIComponent(m[1]!))
  if (!issue) return jiraError(404, ['Issue does not exist or you do not have permission to see it.'])
  if (m[2] === undefined && req.method === 'GET') return { status: 200, body: state.view(issue, (req.query.get('fields') ?? '').split(',')) }
  if (m[2] === 'comment' && req.method === 'POST') return state.comment(issue, body)
  if (m[2] === 'transitions' && (req.method === 'GET' || req.method === 'POST')) return state.transition(issue, req, body)
  return { status: 405 }
}

/** Auth and content negotiation, checked before routing as Jira does. */
function gate(opts: JiraStandInOptions, req: RecordedRequest): StandInResponse | undefined {
  const expected = `Basic ${Buffer.from(`${opts.email}:${opts.apiToken}`).toString('base64')}`
  if (req.headers.authorization !== expected) return { status: 401, body: 'Client must be authenticated to access this resource.' }
  if (!String(req.headers.accept ?? '').includes('application/json')) return jiraError(406, ['Accept must include application/json'])
  if (req.method === 'POST' && req.body) {
    if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) return { status: 415 }
    if (req.json === undefined || typeof req.json !== 'object')
      return jiraError(400, ['Invalid request payload. Refer to the REST API documentation and try again.'])
  }
  return undefined
}

/** Starts a Jira Cloud stand-in on 127.0.0.1. */
export async function startJiraStandIn(opts: JiraStandInOptions): Promise<JiraStandIn> {
  const state = new JiraState(opts)
  const losses: { method: string; path: string | RegExp; response: StandInResponse }[] = []
  const standIn = await startStandIn((req) => {
    const answer = gate(opts, req) ?? route(state, req)
    const i = losses.findIndex((l) => l.method === req.method && (typeof l.path === 'string' ? l.path === req.path : l.path.test(req.path)))
    return i < 0 ? answer : losses.splice(i, 1)[0]!.response
  })
  state.baseUrl = standIn.url
  return {
    url: standIn.url,
    standIn,
    issues: state.issues,
    loseNextResponse(method, path, response = { status: 500, body: { errorMessages: ['Internal server error'] } }) {
      losses.push({ method, path, response })
    },
    freezeSearch() {
      state.frozen = structuredClone(state.issues)
    },
    thawSearch() {
      state.frozen = undefined
    },
    close: () => standIn.close(),
  }
}
