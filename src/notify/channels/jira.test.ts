import { afterEach, describe, expect, it } from 'vitest'
import { adfProblem, adfText, startJiraStandIn, type JiraStandIn, type JiraStandInOptions } from '../../../test/support/jira-stand-in.js'
import { sampleDigest, sampleFinding, sampleOverflow } from '../sample.js'
import type { AlertEvent, AlertFinding, DeliveryContext, FindingAlert, JiraConfig } from '../types.js'
import { createJiraChannel, issueSearch, trackingLabel } from './jira.js'

const EMAIL = 'posture-bot@example.com'
const TOKEN = 'ATATT3xFfGF0-secret-token-value'
const FP_A = 'a'.repeat(64)
const FP_B = 'b'.repeat(64)
const CHECK = 'aws-ec2-sg-no-ssh-from-internet'
const SEARCH = 'POST /rest/api/3/search/jql'
const CREATE = 'POST /rest/api/3/issue'
const ctx: DeliveryContext = { deliveryId: 'scan:1:new:a', attempt: 1, now: () => new Date('2026-02-01T10:00:00.000Z') }

const running: JiraStandIn[] = []
afterEach(async () => {
  await Promise.all(running.splice(0).map((j) => j.close()))
})

async function jira(over: Partial<JiraStandInOptions> = {}): Promise<JiraStandIn> {
  const j = await startJiraStandIn({ email: EMAIL, apiToken: TOKEN, project: 'SEC', ...over })
  running.push(j)
  return j
}

function config(url: string, over: Partial<JiraConfig> = {}): JiraConfig {
  return {
    type: 'jira',
    name: 'security-jira',
    mode: 'immediate',
    digestTop: 10,
    cap: null,
    rateLimit: null,
    timeoutMs: 5_000,
    url,
    email: EMAIL,
    apiToken: TOKEN,
    project: 'SEC',
    issueType: 'Task',
    per: 'finding',
    labels: ['cspm'],
    resolveTransition: 'Done',
    reopenTransition: 'To Do',
    ...over,
  }
}

function alert(event: AlertEvent, seq = 1, finding: Partial<AlertFinding> = {}, over: Partial<FindingAlert> = {}): FindingAlert {
  const scan = { id: `scan-${seq}`, seq, target: 'prod', provider: 'aws' as const, finishedAt: `2026-02-0${seq}T10:00:00.000Z` }
  const f = sampleFinding({ fingerprint: FP_A, ...(event === 'resolved' ? { status: 'pass' as const } : {}), ...finding })
  return { kind: 'finding', event, scan, finding: f, ...over }
}

/** "METHOD path" of the requests from index `from` on. */
function calls(j: JiraStandIn, from = 0): string[] {
  return j.standIn.requests.slice(from).map((r) => `${r.method} ${r.path}`)
}

const transitions = (key: string): string => `/rest/api/3/issue/${key}/transitions`
const comment = (key: string): string => `POST /rest/api/3/issue/${key}/comment`

describe('Jira channel: issues per finding', () => {
  it('creates an issue: search by label, then create with summary, ADF description and labels', async () => {
    const j = await jira()
    const a = alert('new', 1, {}, { owner: 'platform-team', link: 'https://posture.example.com/f/a' })
    expect(await createJiraChannel(config(j.url)).send(a, ctx)).toEqual({ ok: true, ref: 'SEC-1', detail: 'created' })
    expect(calls(j)).toEqual([SEARCH, CREATE])
    const [search, create] = j.standIn.requests
    expect(search!.json).toEqual({
      jql: `project = "SEC" AND labels = "posture-fp-${FP_A}" ORDER BY created DESC`,
      fields: ['status', 'summary'],
      maxResults: 1,
    })
    for (const r of [search!, create!]) {
      expect(r.headers.authorization).toBe(`Basic ${Buffer.from(`${EMAIL}:${TOKEN}`).toString('base64')}`)
      expect(r.headers.accept).toBe('application/json')
      expect(r.headers['content-type']).toBe('application/json')
    }
    const fields = (create!.json as { fields: Record<string, unknown> }).fields
    expect(Object.keys(fields)).toEqual(['project', 'issuetype', 'summary', 'description', 'labels'])
    expect(fields.project).toEqual({ key: 'SEC' })
    expect(fields.issuetype).toEqual({ name: 'Task' })
    expect(fields.summary).toBe(`New HIGH failure: ${a.finding.title} — posture-alert-test`)
    expect(fields.labels).toEqual(['posture', `posture-fp-${FP_A}`, 'cspm'])
    expect(adfProblem(fields.description)).toBeUndefined()
    const description = adfText(fields.description)
    for (const part of [
      a.finding.message,
      a.finding.resource.uid,
      'Owner: platform-team',
      'First seen: 2026-01-01',
      `Check: ${CHECK} (HIGH)`,
      a.finding.remediation.cli!,
    ]) {
      expect(description).toContain(part)
    }
    expect(j.issues).toMatchObject([{ key: 'SEC-1', status: 'To Do', statusCategory: 'new', comments: [] }])
  })

  it('never duplicates: the same finding new again finds its open issue and stays quiet', async () => {
    const j = await jira()
    const channel = createJiraChannel(config(j.url))
    await channel.send(alert('new', 1), ctx)
    expect(await channel.send(alert('new', 2), ctx)).toEqual({ ok: true, ref: 'SEC-1', detail: 'already open' })
    expect(calls(j, 2)).toEqual([SEARCH])
    expect(j.issues).toHaveLength(1)
  })

  it('a lost create response is retried without a second issue', async () => {
    const j = await jira()
    j.loseNextResponse('POST', '/rest/api/3/issue')
    const channel = createJiraChannel(config(j.url))
    const first = await channel.send(alert('new'), ctx)
    expect(first).toEqual({ ok: false, retryable: true, reason: 'Jira create issue: HTTP 500: Internal server error' })
    expect(j.issues).toHaveLength(1)
    expect(await channel.send(alert('new'), { ...ctx, attempt: 2 })).toEqual({ ok: true, ref: 'SEC-1', detail: 'already open' })
    expect(calls(j)).toEqual([SEARCH, CREATE, SEARCH])
    expect(j.issues).toHaveLength(1)
  })

  it('resolve then reopen: comment + Done, then To Do + comment; a second resolve of a done issue is a no-op', async () => {
    const j = await jira()
    const channel = createJiraChannel(config(j.url))
    await channel.send(alert('new', 1), ctx)
    expect(await channel.send(alert('resolved', 2), ctx)).toEqual({ ok: true, ref: 'SEC-1', detail: 'resolved' })
    expect(calls(j, 2)).toEqual([SEARCH, `GET ${transitions('SEC-1')}`, comment('SEC-1'), `POST ${transitions('SEC-1')}`])
    expect(j.standIn.requests[5]!.json).toEqual({ transition: { id: '31' } })
    expect(j.issues[0]).toMatchObject({ status: 'Done', statusCategory: 'done', transitionsApplied: ['Done'] })
    expect(adfText(j.issues[0]!.comments[0])).toBe('Resolved: the check passes (scan scan-2 of prod at 2026-02-02T10:00:00.000Z).')

    expect(await channel.send(alert('resolved', 2), ctx)).toEqual({ ok: true, ref: 'SEC-1', detail: 'already resolved' })
    expect(calls(j, 6)).toEqual([SEARCH])

    expect(await channel.send(alert('reopened', 3), ctx)).toEqual({ ok: true, ref: 'SEC-1', detail: 'reopened' })
    expect(calls(j, 7)).toEqual([SEARCH, `GET ${transitions('SEC-1')}`, `POST ${transitions('SEC-1')}`, comment('SEC-1')])
    expect(j.standIn.requests[9]!.json).toEqual({ transition: { id: '11' } })
    expect(j.issues).toMatchObject([{ key: 'SEC-1', status: 'To Do', statusCategory: 'new', transitionsApplied: ['Done', 'To Do'] }])
    expect(adfText(j.issues[0]!.comments[1])).toMatch(/^Reopened: seen again in scan scan-3 of prod at 2026-02-03T10:00:00.000Z\./)
  })

  it.each<{ name: string; event: AlertEvent; isDone: boolean; expected: string[]; detail: string; comment: RegExp }>([
    {
      name: 'unmuted on an open issue comments',
      event: 'unmuted',
      isDone: false,
      expected: [SEARCH, comment('SEC-1')],
      detail: 'commented',
      comment: /^No longer muted: seen again in scan scan-2/,
    },
    {
      name: 'reopened on an open issue comments',
      event: 'reopened',
      isDone: false,
      expected: [SEARCH, comment('SEC-1')],
      detail: 'commented',
      comment: /^Reopened: seen again/,
    },
    {
      name: 'new on a done issue (store wiped) reopens',
      event: 'new',
      isDone: true,
      expected: [SEARCH, `GET ${transitions('SEC-1')}`, `POST ${transitions('SEC-1')}`, comment('SEC-1')],
      detail: 'reopened',
      comment: /^New: seen again in scan scan-2/,
    },
  ])('$name', async ({ event, isDone, expected, detail, comment: text }) => {
    const j = await jira()
    const channel = createJiraChannel(config(j.url))
    await channel.send(alert('new', 1), ctx)
    if (isDone) Object.assign(j.issues[0]!, { status: 'Done', statusCategory: 'done' })
    expect(await channel.send(alert(event, 2), ctx)).toEqual({ ok: true, ref: 'SEC-1', detail })
    expect(calls(j, 2)).toEqual(expected)
    expect(j.issues).toHaveLength(1)
    expect(j.issues[0]!.statusCategory).toBe('new')
    expect(adfText(j.issues[0]!.comments.at(-1))).toMatch(text)
  })

  it('resolving a finding without an issue is fine and changes nothing', async () => {
    const j = await jira()
    expect(await createJiraChannel(config(j.url)).send(alert('resolved'), ctx)).toEqual({ ok: true, detail: 'no issue to resolve' })
    expect(calls(j)).toEqual([SEARCH])
    expect(j.issues).toHaveLength(0)
  })

  it.each([
    { name: 'matched by transition name, case-insensitively', resolveTransition: 'close issue', applied: 'Close issue' },
    { name: 'matched by target status', resolveTransition: 'CLOSED', applied: 'Close issue' },
  ])('resolve transition $name', async ({ resolveTransition, applied }) => {
    const j = await jira({
      transitions: [
        { name: 'Open', to: 'Open', category: 'new' },
        { name: 'Close issue', to: 'Closed', category: 'done' },
      ],
    })
    const channel = createJiraChannel(config(j.url, { resolveTransition }))
    await channel.send(alert('new'), ctx)
    expect(await channel.send(alert('resolved', 2), ctx)).toMatchObject({ ok: true, detail: 'resolved' })
    expect(j.issues[0]).toMatchObject({ status: 'Closed', statusCategory: 'done', transitionsApplied: [applied] })
  })

  it('a missing transition is not retryable, names the available ones, and leaves no comment', async () => {
    const j = await jira({
      transitions: [
        { name: 'Backlog', to: 'Backlog', category: 'new' },
        { name: 'Start work', to: 'In Progress', category: 'indeterminate' },
        { name: 'Close', to: 'Closed', category: 'done' },
      ],
    })
    const channel = createJiraChannel(config(j.url, { resolveTransition: 'Done' }))
    await channel.send(alert('new'), ctx)
    expect(await channel.send(alert('resolved', 2), ctx)).toEqual({
      ok: false,
      retryable: false,
      reason: 'Jira issue SEC-1 has no transition "Done" now; available: "Start work" (to In Progress), "Close" (to Closed)',
    })
    expect(calls(j, 2)).toEqual([SEARCH, `GET ${transitions('SEC-1')}`, 'GET /rest/api/3/issue/SEC-1'])
    expect(j.standIn.requests[4]!.query.get('fields')).toBe('status')
    expect(j.issues[0]).toMatchObject({ status: 'Backlog', comments: [] })
  })

  it('a stale search (eventually consistent) that still shows a done issue open: resolve again is a no-op', async () => {
    const j = await jira()
    const channel = createJiraChannel(config(j.url))
    await channel.send(alert('new', 1), ctx)
    j.freezeSearch()
    expect(await channel.send(alert('resolved', 2), ctx)).toMatchObject({ ok: true, detail: 'resolved' })
    expect(await channel.send(alert('resolved', 2), ctx)).toEqual({ ok: true, ref: 'SEC-1', detail: 'already resolved' })
    expect(calls(j, 6)).toEqual([SEARCH, `GET ${transitions('SEC-1')}`, 'GET /rest/api/3/issue/SEC-1'])
    expect(j.issues[0]).toMatchObject({ statusCategory: 'done', transitionsApplied: ['Done'] })
    expect(j.issues[0]!.comments).toHaveLength(1)
  })

  it('a stale search that still shows a reopened issue done: reopened again only comments', async () => {
    const j = await jira()
    const channel = createJiraChannel(config(j.url))
    await channel.send(alert('new', 1), ctx)
    await channel.send(alert('resolved', 2), ctx)
    j.freezeSearch()
    expect(await channel.send(alert('reopened', 3), ctx)).toMatchObject({ ok: true, detail: 'reopened' })
    const from = j.standIn.requests.length
    expect(await channel.send(alert('reopened', 3), ctx)).toEqual({ ok: true, ref: 'SEC-1', detail: 'commented' })
    expect(calls(j, from)).toEqual([SEARCH, `GET ${transitions('SEC-1')}`, 'GET /rest/api/3/issue/SEC-1', comment('SEC-1')])
    expect(j.issues[0]).toMatchObject({ statusCategory: 'new', transitionsApplied: ['Done', 'To Do'] })
  })
})

describe('Jira channel: one issue per check', () => {
  it('collects findings of one check in one issue and closes it when the last one passes', async () => {
    const j = await jira()
    const channel = createJiraChannel(config(j.url, { per: 'check' }))
    const b = {
      fingerprint: FP_B,
      resource: { ...sampleFinding().resource, uid: 'arn:aws:ec2:eu-west-1:123456789012:security-group/sg-b', name: 'sg-b' },
    }
    expect(await channel.send(alert('new', 1), ctx)).toEqual({ ok: true, ref: 'SEC-1', detail: 'created' })
    const create = j.standIn.requests[1]!.json as { fields: { summary: string; labels: string[] } }
    expect(create.fields.summary).toBe(`New HIGH failure: ${sampleFinding().title} — ${CHECK}`)
    expect(create.fields.labels).toEqual(['posture', `posture-check-${CHECK}`, 'cspm'])

    expect(await channel.send(alert('new', 1, b), ctx)).toEqual({ ok: true, ref: 'SEC-1', detail: 'commented' })
    expect(calls(j, 2)).toEqual([SEARCH, comment('SEC-1')])
    expect((j.standIn.requests[2]!.json as { jql: string }).jql).toBe(`project = "SEC" AND labels = "posture-check-${CHECK}" ORDER BY created DESC`)
    expect(adfText(j.issues[0]!.comments[0])).toContain('Resource: sg-b (aws.ec2.security-group)')

    const stillOpen = await channel.send(alert('resolved', 2, {}, { openForCheck: 1 }), ctx)
    expect(stillOpen).toEqual({ ok: true, ref: 'SEC-1', detail: 'commented; other findings of the check are still open' })
    expect(calls(j, 4)).toEqual([SEARCH, comment('SEC-1')])
    expect(j.issues[0]!.statusCategory).toBe('new')

    expect(await channel.send(alert('resolved', 3, b, { openForCheck: 0 }), ctx)).toEqual({ ok: true, ref: 'SEC-1', detail: 'resolved' })
    expect(calls(j, 6)).toEqual([SEARCH, `GET ${transitions('SEC-1')}`, comment('SEC-1'), `POST ${transitions('SEC-1')}`])
    expect(adfText(j.issues[0]!.comments[2])).toContain('Passes now: sg-b')
    expect(j.issues).toMatchObject([{ key: 'SEC-1', statusCategory: 'done', transitionsApplied: ['Done'] }])
  })

  it('keeps the issue open when the count of open findings is unknown', async () => {
    const j = await jira()
    const channel = createJiraChannel(config(j.url, { per: 'check' }))
    await channel.send(alert('new'), ctx)
    expect(await channel.send(alert('resolved', 2), ctx)).toMatchObject({ ok: true, detail: 'commented; other findings of the check are still open' })
    expect(j.issues[0]!.statusCategory).toBe('new')
  })
})

describe('Jira channel: failures', () => {
  it.each([
    { name: 'a wrong token', over: { apiToken: 'wrong-token-0000' } },
    { name: 'a wrong email', over: { email: 'someone@example.com' } },
  ])('401 with $name is not retryable and never shows the token', async ({ over }) => {
    const j = await jira()
    const cfg = config(j.url, over)
    const result = await createJiraChannel(cfg).send(alert('new'), ctx)
    expect(result).toEqual({
      ok: false,
      retryable: false,
      reason:
        "Jira search: HTTP 401, check email and apiToken (and the account's permissions) (Client must be authenticated to access this resource.)",
    })
    const reason = (result as { reason: string }).reason
    expect(reason).not.toContain(cfg.apiToken)
    expect(reason).not.toContain(Buffer.from(`${cfg.email}:${cfg.apiToken}`).toString('base64'))
  })

  it('a 403 that echoes the credentials is redacted', async () => {
    const j = await jira()
    j.standIn.failNext(1, { status: 403, body: { errorMessages: [`Token ${TOKEN} lacks permission`] } })
    const result = await createJiraChannel(config(j.url)).send(alert('new'), ctx)
    expect(result).toEqual({
      ok: false,
      retryable: false,
      reason: "Jira search: HTTP 403, check email and apiToken (and the account's permissions) (Token *** lacks permission)",
    })
  })

  it('400 quotes Jira errors and is not retryable', async () => {
    const j = await jira()
    const result = await createJiraChannel(config(j.url, { issueType: 'Incident' })).send(alert('new'), ctx)
    expect(result).toEqual({ ok: false, retryable: false, reason: 'Jira create issue: HTTP 400: issuetype: Specify a valid issue type' })
    expect(j.issues).toHaveLength(0)
  })

  it('404 is not retryable', async () => {
    const j = await jira()
    const result = await createJiraChannel(config(`${j.url}/wrong-site`)).send(alert('new'), ctx)
    expect(result).toEqual({
      ok: false,
      retryable: false,
      reason: 'Jira search: HTTP 404, check url and project, or the issue was deleted (Not found)',
    })
  })

  it.each([
    {
      name: '429 with Retry-After',
      response: { status: 429, headers: { 'retry-after': '17' } },
      expected: { retryAfterMs: 17_000, reason: 'Jira search: HTTP 429' },
    },
    {
      name: '503',
      response: { status: 503, body: { errorMessages: ['Service unavailable'] } },
      expected: { reason: 'Jira search: HTTP 503: Service unavailable' },
    },
  ])('$name is retryable; the retry creates the issue once', async ({ response, expected }) => {
    const j = await jira()
    j.standIn.failNext(1, response)
    const channel = createJiraChannel(config(j.url))
    expect(await channel.send(alert('new'), ctx)).toEqual({ ok: false, retryable: true, ...expected })
    expect(await channel.send(alert('new'), { ...ctx, attempt: 2 })).toEqual({ ok: true, ref: 'SEC-1', detail: 'created' })
    expect(j.issues).toHaveLength(1)
  })

  it('a failure after the reopen transition is retryable and the retry only comments', async () => {
    const j = await jira()
    const channel = createJiraChannel(config(j.url))
    await channel.send(alert('new'), ctx)
    Object.assign(j.issues[0]!, { status: 'Done', statusCategory: 'done' })
    j.loseNextResponse('POST', /\/comment$/, { status: 502, body: 'bad gateway' })
    expect(await channel.send(alert('reopened', 2), ctx)).toEqual({
      ok: false,
      retryable: true,
      reason: 'Jira comment on SEC-1: HTTP 502: bad gateway',
    })
    expect(await channel.send(alert('reopened', 2), { ...ctx, attempt: 2 })).toEqual({ ok: true, ref: 'SEC-1', detail: 'commented' })
    expect(j.issues[0]!.transitionsApplied).toEqual(['To Do'])
  })

  it('a network error is retryable', async () => {
    const j = await jira()
    await j.close()
    const result = await createJiraChannel(config(j.url)).send(alert('new'), ctx)
    expect(result).toMatchObject({ ok: false, retryable: true })
    expect((result as { reason: string }).reason).toMatch(/^Jira search: 127\.0\.0\.1:\d+: ECONNREFUSED/)
  })

  it.each([
    { name: 'digest', a: sampleDigest() },
    { name: 'overflow', a: sampleOverflow() },
  ])('refuses a $name alert without calling Jira', async ({ name, a }) => {
    const j = await jira()
    expect(await createJiraChannel(config(j.url)).send(a, ctx)).toEqual({
      ok: false,
      retryable: false,
      reason: `Jira channel "security-jira" tracks findings one by one; ${name} alerts are not supported`,
    })
    expect(j.standIn.requests).toHaveLength(0)
  })

  it('keeps a long, multi-line title within Jira summary rules', async () => {
    const j = await jira()
    const result = await createJiraChannel(config(j.url)).send(alert('new', 1, { title: `Line one\nline two ${'x'.repeat(400)}` }), ctx)
    expect(result).toMatchObject({ ok: true })
    expect(j.issues[0]!.summary).toHaveLength(255)
    expect(j.issues[0]!.summary).toMatch(/^New HIGH failure: Line one line two x+…$/)
  })
})

describe('tracking label and search', () => {
  it.each([
    { per: 'finding' as const, expected: `posture-fp-${FP_A}` },
    { per: 'check' as const, expected: `posture-check-${CHECK}` },
  ])('labels per $per', ({ per, expected }) => {
    expect(trackingLabel({ per }, { fingerprint: FP_A, checkId: CHECK })).toBe(expected)
  })

  it('escapes quotes and backslashes in JQL strings', () => {
    expect(issueSearch('S"C', 'a\\b').jql).toBe('project = "S\\"C" AND labels = "a\\\\b" ORDER BY created DESC')
  })
})

describe('Jira stand-in validates like Jira', () => {
  const headers = {
    authorization: `Basic ${Buffer.from(`${EMAIL}:${TOKEN}`).toString('base64')}`,
    accept: 'application/json',
    'content-type': 'application/json',
  }
  const fields = { project: { key: 'SEC' }, issuetype: { name: 'Task' }, summary: 's', labels: ['posture'] }
  const emptyText = { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: '' }] }] }

  it.each([
    { name: 'an empty text node', body: { fields: { ...fields, description: emptyText } }, error: 'description' },
    { name: 'a label with spaces', body: { fields: { ...fields, labels: ['two words'] } }, error: 'labels' },
    { name: 'a summary with a newline', body: { fields: { ...fields, summary: 'a\nb' } }, error: 'summary' },
    { name: 'another project', body: { fields: { ...fields, project: { key: 'OPS' } } }, error: 'project' },
  ])('rejects an issue with $name', async ({ body, error }) => {
    const j = await jira()
    const res = await fetch(`${j.url}/rest/api/3/issue`, { method: 'POST', headers, body: JSON.stringify(body) })
    expect(res.status).toBe(400)
    expect(Object.keys(((await res.json()) as { errors: object }).errors)).toEqual([error])
    expect(j.issues).toHaveLength(0)
  })

  it('rejects JQL it does not understand', async () => {
    const j = await jira()
    const res = await fetch(`${j.url}/rest/api/3/search/jql`, { method: 'POST', headers, body: JSON.stringify({ jql: 'labels = x' }) })
    expect(res.status).toBe(400)
  })
})
