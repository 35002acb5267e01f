import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { LineCounter, parseDocument } from 'yaml'
import type { AlertsConfig } from '../notify/types.js'
import { loadConfig, yamlContext } from './config.js'
import { parseAlertsConfig } from './config-alerts.js'
import { expandEnv, parseDuration, parseRateLimit, urlProblem } from './config-alerts-fields.js'

const PEM = '-----BEGIN CERTIFICATE-----\nMIIBfake\n-----END CERTIFICATE-----\n'
const SECRETS = {
  SLACK_WEBHOOK_URL: 'https://hooks.slack.com/services/T0001/B0001/slacksecret0001',
  TEAMS_WEBHOOK_URL: 'https://prod.westeurope.logic.azure.com/workflows/abc/triggers/manual/paths/invoke?sig=teamssecret0002',
  POSTURE_WEBHOOK_SECRET: 'webhooksecret0003-long-enough',
  SMTP_PASSWORD: 'smtpsecret0004',
  JIRA_API_TOKEN: 'jirasecret0005',
  PAGERDUTY_ROUTING_KEY: 'R0utingKey0006abcdefghijklmnopqr',
}

/** Parses YAML the way the config loader does and validates its `alerts:` value with the given environment and files. */
function parse(text: string, env: NodeJS.ProcessEnv = SECRETS, files: Record<string, string> = {}) {
  const lines = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lines })
  expect(doc.errors).toEqual([])
  const ctx = yamlContext(doc, lines, '/etc/posture/posture.yaml')
  const readFile = (path: string) => {
    if (path in files) return files[path]!
    throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' })
  }
  return parseAlertsConfig((doc.toJS() as { alerts?: unknown } | null)?.alerts, ctx, env, readFile)
}

const COMMON = { mode: 'immediate' as const, digestTop: 10, cap: 50, rateLimit: null, timeoutMs: 10_000 }

describe('parseAlertsConfig: a valid section', () => {
  it('reads every channel type, rule field and setting exactly', () => {
    const { alerts, issues } = parse(
      `
alerts:
  link: https://posture.example.com/findings/{fingerprint}?scan={scan}&check={check}
  retry: { base: 10s, max: 5m, giveUpAfter: 2d }
  channels:
    secops-slack:
      type: slack
      url: \${SLACK_WEBHOOK_URL}
      mode: digest
      digestTop: 5
      cap: 20
      rateLimit: 30/min
      timeout: 5s
    team-teams: { type: teams, url: '\${TEAMS_WEBHOOK_URL}', cap: none, rateLimit: { count: 2, per: 1500ms } }
    siem: { type: webhook, url: https://siem.example.com/hook, secret: '\${POSTURE_WEBHOOK_SECRET}', headers: { X-Env: prod, X-Count: 007 } }
    mail:
      type: email
      host: smtp.example.com
      port: 2525
      secure: false
      requireTls: true
      rejectUnauthorized: false
      ca: certs/ca.pem
      user: posture
      pass: \${SMTP_PASSWORD}
      from: Posture <posture@example.com>
      to: [secops@example.com, cloud@example.com]
      subjectPrefix: '[CSPM]'
    jira:
      { type: jira, url: 'https://example.atlassian.net/', email: bot@example.com, apiToken: '\${JIRA_API_TOKEN}', project: SEC,
        issueType: Bug, per: check, labels: [cspm, posture], resolveTransition: Closed, reopenTransition: Reopen, timeout: 30 }
    oncall: { type: pagerduty, routingKey: '\${PAGERDUTY_ROUTING_KEY}', url: 'http://127.0.0.1:8080/v2/enqueue' }
  rules:
    - name: critical-now
      on: [new, reopened, resolved, unmuted]
      minSeverity: high
      providers: [aws]
      accounts: ['1234*', 012345678901]
      regions: [eu-*]
      services: [s3, ec2]
      checks: ['aws-s3-*']
      frameworks: [cis-aws]
      tags: { env: prod }
      channels: [secops-slack, oncall]
    - name: by-owner
      owner: { tag: [owner, team], channels: { payments: team-teams, platform: mail }, fallback: secops-slack }
    - on: open
      channels: secops-slack
`,
      SECRETS,
      { '/etc/posture/certs/ca.pem': PEM },
    )
    expect(issues).toEqual([])
    const expected: AlertsConfig = {
      link: 'https://posture.example.com/findings/{fingerprint}?scan={scan}&check={check}',
      retry: { baseMs: 10_000, maxMs: 300_000, maxAgeMs: 2 * 86_400_000 },
      channels: [
        {
          name: 'secops-slack',
          type: 'slack',
          url: SECRETS.SLACK_WEBHOOK_URL,
          mode: 'digest',
          digestTop: 5,
          cap: 20,
          rateLimit: { count: 30, perMs: 60_000 },
          timeoutMs: 5_000,
        },
        { ...COMMON, name: 'team-teams', type: 'teams', url: SECRETS.TEAMS_WEBHOOK_URL, cap: null, rateLimit: { count: 2, perMs: 1_500 } },
        {
          ...COMMON,
          name: 'siem',
          type: 'webhook',
          url: 'https://siem.example.com/hook',
          secret: SECRETS.POSTURE_WEBHOOK_SECRET,
          // The source text is kept: YAML would read 007 as the number 7.
          headers: { 'X-Env': 'prod', 'X-Count': '007' },
        },
        {
          ...COMMON,
          name: 'mail',
          type: 'email',
          host: 'smtp.example.com',
          port: 2525,
          secure: false,
          requireTls: true,
          rejectUnauthorized: false,
          ca: PEM,
          user: 'posture',
          pass: SECRETS.SMTP_PASSWORD,
          from: 'Posture <posture@example.com>',
          to: ['secops@example.com', 'cloud@example.com'],
          subjectPrefix: '[CSPM]',
        },
        {
          ...COMMON,
          name: 'jira',
          type: 'jira',
          url: 'https://example.atlassian.net',
          email: 'bot@example.com',
          apiToken: SECRETS.JIRA_API_TOKEN,
          project: 'SEC',
          issueType: 'Bug',
          per: 'check',
          labels: ['cspm', 'posture'],
          resolveTransition: 'Closed',
          reopenTransition: 'Reopen',
          timeoutMs: 30_000,
        },
        { ...COMMON, name: 'oncall', type: 'pagerduty', routingKey: SECRETS.PAGERDUTY_ROUTING_KEY, url: 'http://127.0.0.1:8080/v2/enqueue' },
      ],
      rules: [
        {
          name: 'critical-now',
          on: ['new', 'reopened', 'resolved', 'unmuted'],
          minSeverity: 'high',
          filters: {
            providers: ['aws'],
            accounts: ['1234*', '012345678901'],
            regions: ['eu-*'],
            services: ['s3', 'ec2'],
            checks: ['aws-s3-*'],
            frameworks: ['cis-aws'],
            tags: { env: 'prod' },
          },
          channels: ['secops-slack', 'oncall'],
        },
        {
          name: 'by-owner',
          on: ['new', 'reopened', 'unmuted', 'resolved'],
          minSeverity: 'informational',
          filters: {},
          channels: [],
          owner: { tags: ['owner', 'team'], channels: { payments: 'team-teams', platform: 'mail' }, fallback: 'secops-slack' },
        },
        { name: 'rule 3', on: ['open'], minSeverity: 'informational', filters: {}, channels: ['secops-slack'] },
      ],
    }
    expect(alerts).toEqual(expected)
  })

  it('fills in every default', () => {
    const { alerts, issues } = parse(`
alerts:
  channels:
    s: { type: slack, url: 'https://hooks.slack.com/services/x' }
    w: { type: webhook, url: 'https://siem.example.com', secret: 0123456789abcdef }
    m: { type: email, host: smtp.example.com, from: a@example.com, to: b@example.com }
    tls: { type: email, host: smtp.example.com, from: a@example.com, to: [b@example.com], secure: true }
    port465: { type: email, host: smtp.example.com, from: a@example.com, to: [b@example.com], port: 465 }
    j: { type: jira, url: 'https://example.atlassian.net', email: a@example.com, apiToken: t, project: SEC }
    p: { type: pagerduty, routingKey: 0123456789abcdef0123456789abcdef }
  rules:
    - channels: [s, w, m, tls, port465, j, p]
`)
    expect(issues).toEqual([])
    const email = {
      ...COMMON,
      type: 'email',
      host: 'smtp.example.com',
      from: 'a@example.com',
      to: ['b@example.com'],
      requireTls: false,
      rejectUnauthorized: true,
      subjectPrefix: '[Posture]',
    }
    expect(alerts).toEqual({
      retry: { baseMs: 30_000, maxMs: 900_000, maxAgeMs: 86_400_000 },
      channels: [
        { ...COMMON, name: 's', type: 'slack', url: 'https://hooks.slack.com/services/x' },
        { ...COMMON, name: 'w', type: 'webhook', url: 'https://siem.example.com', secret: '0123456789abcdef', headers: {} },
        { ...email, name: 'm', port: 587, secure: false },
        { ...email, name: 'tls', port: 465, secure: true },
        // Port 465 is TLS from the first byte (nodemailer's `secure`), so it implies secure.
        { ...email, name: 'port465', port: 465, secure: true },
        {
          ...COMMON,
          name: 'j',
          type: 'jira',
          url: 'https://example.atlassian.net',
          email: 'a@example.com',
          apiToken: 't',
          project: 'SEC',
          issueType: 'Task',
          per: 'finding',
          labels: [],
          resolveTransition: 'Done',
          reopenTransition: 'To Do',
        },
        { ...COMMON, name: 'p', type: 'pagerduty', routingKey: '0123456789abcdef0123456789abcdef', url: 'https://events.pagerduty.com/v2/enqueue' },
      ],
      rules: [
        {
          name: 'rule 1',
          on: ['new', 'reopened', 'unmuted', 'resolved'],
          minSeverity: 'informational',
          filters: {},
          channels: ['s', 'w', 'm', 'tls', 'port465', 'j', 'p'],
        },
      ],
    })
  })

  it.each([
    { name: 'absent', text: 'database: x.db\n', expected: null },
    { name: 'null', text: 'alerts:\n', expected: null },
    {
      name: 'empty mapping',
      text: 'alerts: {}\n',
      expected: { channels: [], rules: [], retry: { baseMs: 30_000, maxMs: 900_000, maxAgeMs: 86_400_000 } },
    },
  ])('$name section: $expected, no issue', ({ text, expected }) => {
    expect(parse(text)).toEqual({ alerts: expected, issues: [] })
  })
})

describe('parseAlertsConfig: environment variables', () => {
  it('expands ${NAME} anywhere in a value, and $${ is a literal ${', () => {
    const { alerts, issues } = parse(
      `
alerts:
  link: https://\${UI_HOST}/f/{fingerprint}
  channels:
    hook:
      type: webhook
      url: https://\${HOOK_HOST}:8443/in
      secret: \${A}\${B}
      headers: { X-Template: '$\${NOT_A_VAR}', X-Mixed: 'a-$\${x}-\${A}' }
  rules: [{ channels: [hook] }]
`,
      { UI_HOST: 'ui.example.com', HOOK_HOST: 'siem.example.com', A: 'first-half-', B: 'second-half' },
    )
    expect(issues).toEqual([])
    expect(alerts?.link).toBe('https://ui.example.com/f/{fingerprint}')
    expect(alerts?.channels[0]).toMatchObject({
      url: 'https://siem.example.com:8443/in',
      secret: 'first-half-second-half',
      headers: { 'X-Template': '${NOT_A_VAR}', 'X-Mixed': 'a-${x}-first-half-' },
    })
  })

  it.each([
    { name: 'unset', env: {} },
    { name: 'empty', env: { SLACK_WEBHOOK_URL: '' } },
  ])('a missing variable ($name) skips the channel, naming the field and the variable', ({ env }) => {
    const { alerts, issues } = parse(
      'alerts:\n  channels:\n    ok: { type: teams, url: "https://teams.example.com/x" }\n    chat:\n      type: slack\n      url: ${SLACK_WEBHOOK_URL}\n  rules: [{ channels: [ok] }]\n',
      env,
    )
    expect(alerts?.channels.map((c) => c.name)).toEqual(['ok'])
    expect(issues).toEqual([
      {
        file: '/etc/posture/posture.yaml',
        line: 6,
        path: 'alerts.channels.chat.url',
        message: 'channel "chat": environment variable SLACK_WEBHOOK_URL is not set; channel skipped',
      },
    ])
  })

  it('unit: expandEnv', () => {
    expect(expandEnv('a${X}b$${Y}${Z}${}', { X: '1' })).toEqual({ value: 'a1b${Y}${}', vars: ['X'], missing: ['Z'], invalid: ['${}'] })
  })
})

/** A config with a good channel and rule around one bad channel whose body starts at line 5. */
function withChannel(body: string): string {
  return `alerts:
  channels:
    ok: { type: slack, url: 'https://hooks.slack.com/services/ok' }
    bad:
${body
  .split('\n')
  .map((l) => `      ${l}`)
  .join('\n')}
  rules:
    - channels: [ok, bad]
`
}

describe('parseAlertsConfig: channel issues', () => {
  const cases: { name: string; body: string; path: string; line: number; message: RegExp; kept?: boolean; env?: NodeJS.ProcessEnv }[] = [
    {
      name: 'unknown type',
      body: 'type: discord',
      path: 'alerts.channels.bad.type',
      line: 5,
      message: /unknown type "discord" \(known types: slack, teams, webhook, email, jira, pagerduty\); channel skipped$/,
    },
    {
      name: 'missing type',
      body: 'url: https://x.example.com',
      path: 'alerts.channels.bad.type',
      line: 5,
      message: /type is required \(one of slack, teams/,
    },
    {
      name: 'unknown key (kept)',
      body: 'type: slack\nurl: https://h.example.com\nchanel: x',
      path: 'alerts.channels.bad.chanel',
      line: 7,
      message: /unknown field "chanel" \(known: type, mode, .*url\); ignored$/,
      kept: true,
    },
    {
      name: 'digest on jira (kept, immediate)',
      body: 'type: jira\nurl: https://e.atlassian.net\nemail: a@b.c\napiToken: t\nproject: SEC\nmode: digest',
      path: 'alerts.channels.bad.mode',
      line: 10,
      message: /jira tracks each finding on its own and cannot send digests; using mode immediate$/,
      kept: true,
    },
    {
      name: 'digest on pagerduty (kept)',
      body: 'type: pagerduty\nroutingKey: 0123456789abcdef0123456789abcdef\nmode: digest',
      path: 'alerts.channels.bad.mode',
      line: 7,
      message: /pagerduty tracks each finding/,
      kept: true,
    },
    {
      name: 'slack without url',
      body: 'type: slack',
      path: 'alerts.channels.bad.url',
      line: 5,
      message: /url is required \(an https URL\); channel skipped/,
    },
    {
      name: 'http url to a remote host',
      body: 'type: slack\nurl: http://hooks.slack.com/services/x',
      path: 'alerts.channels.bad.url',
      line: 6,
      message: /must use https \(plain http is accepted only for 127\.0\.0\.1, ::1 and localhost\)/,
    },
    {
      name: 'url that does not parse',
      body: 'type: teams\nurl: not a url',
      path: 'alerts.channels.bad.url',
      line: 6,
      message: /url is not a valid URL/,
    },
    {
      name: 'ftp url',
      body: 'type: webhook\nurl: ftp://x.example.com\nsecret: 0123456789abcdef',
      path: 'alerts.channels.bad.url',
      line: 6,
      message: /must be an https URL \(got a ftp: URL\)/,
    },
    {
      name: 'webhook without secret',
      body: 'type: webhook\nurl: https://x.example.com',
      path: 'alerts.channels.bad.secret',
      line: 5,
      message: /secret is required/,
    },
    {
      name: 'short webhook secret',
      body: 'type: webhook\nurl: https://x.example.com\nsecret: short',
      path: 'alerts.channels.bad.secret',
      line: 7,
      message: /secret must be at least 16 characters; channel skipped/,
    },
    {
      name: 'bad header name',
      body: 'type: webhook\nurl: https://x.example.com\nsecret: 0123456789abcdef\nheaders: { "X Bad": 1 }',
      path: 'alerts.channels.bad.headers.X Bad',
      line: 8,
      message: /"X Bad" is not a valid header name/,
    },
    {
      name: 'email without host',
      body: 'type: email\nfrom: a@example.com\nto: b@example.com',
      path: 'alerts.channels.bad.host',
      line: 5,
      message: /host is required/,
    },
    {
      name: 'email without to',
      body: 'type: email\nhost: h\nfrom: a@example.com',
      path: 'alerts.channels.bad.to',
      line: 5,
      message: /to is required/,
    },
    {
      name: 'bad to address',
      body: 'type: email\nhost: h\nfrom: a@example.com\nto: [b@example.com, nobody]',
      path: 'alerts.channels.bad.to[1]',
      line: 8,
      message: /"nobody" is not an email address/,
    },
    {
      name: 'bad from address',
      body: 'type: email\nhost: h\nfrom: posture\nto: b@example.com',
      path: 'alerts.channels.bad.from',
      line: 7,
      message: /from "posture" is not an email address/,
    },
    {
      name: 'port out of range',
      body: 'type: email\nhost: h\nfrom: a@example.com\nto: b@example.com\nport: 70000',
      path: 'alerts.channels.bad.port',
      line: 9,
      message: /port must be a whole number from 1 to 65535 \(got "70000"\)/,
    },
    {
      name: 'secure not a boolean',
      body: 'type: email\nhost: h\nfrom: a@example.com\nto: b@example.com\nsecure: yes',
      path: 'alerts.channels.bad.secure',
      line: 9,
      message: /secure must be true or false/,
    },
    {
      name: 'unreadable ca',
      body: 'type: email\nhost: h\nfrom: a@example.com\nto: b@example.com\nca: missing.pem',
      path: 'alerts.channels.bad.ca',
      line: 9,
      message: /cannot read the CA file "missing.pem" \(ENOENT\)/,
    },
    {
      name: 'ca that is not PEM',
      body: 'type: email\nhost: h\nfrom: a@example.com\nto: b@example.com\nca: /etc/notpem.txt',
      path: 'alerts.channels.bad.ca',
      line: 9,
      message: /holds no PEM certificate/,
    },
    {
      name: 'pass without user',
      body: 'type: email\nhost: h\nfrom: a@example.com\nto: b@example.com\npass: pw',
      path: 'alerts.channels.bad.pass',
      line: 9,
      message: /pass needs user/,
    },
    {
      name: 'jira project key',
      body: 'type: jira\nurl: https://e.atlassian.net\nemail: a@b.c\napiToken: t\nproject: sec',
      path: 'alerts.channels.bad.project',
      line: 9,
      message: /project "sec" is not a project key/,
    },
    {
      name: 'jira per',
      body: 'type: jira\nurl: https://e.atlassian.net\nemail: a@b.c\napiToken: t\nproject: SEC\nper: team',
      path: 'alerts.channels.bad.per',
      line: 10,
      message: /per must be one of finding, check \(got "team"\)/,
    },
    {
      name: 'jira without token',
      body: 'type: jira\nurl: https://e.atlassian.net\nemail: a@b.c\nproject: SEC',
      path: 'alerts.channels.bad.apiToken',
      line: 5,
      message: /apiToken is required/,
    },
    {
      name: 'jira label with a space',
      body: 'type: jira\nurl: https://e.atlassian.net\nemail: a@b.c\napiToken: t\nproject: SEC\nlabels: [a b]',
      path: 'alerts.channels.bad.labels',
      line: 10,
      message: /label "a b" contains a space/,
    },
    {
      name: 'pagerduty key length',
      body: 'type: pagerduty\nroutingKey: abc',
      path: 'alerts.channels.bad.routingKey',
      line: 6,
      message: /32-character integration key/,
    },
    {
      name: 'bad mode',
      body: 'type: slack\nurl: https://h.example.com\nmode: batch',
      path: 'alerts.channels.bad.mode',
      line: 7,
      message: /mode must be one of immediate, digest \(got "batch"\)/,
    },
    {
      name: 'zero cap',
      body: 'type: slack\nurl: https://h.example.com\ncap: 0',
      path: 'alerts.channels.bad.cap',
      line: 7,
      message: /cap must be a whole number of at least 1/,
    },
    {
      name: 'fractional digestTop',
      body: 'type: slack\nurl: https://h.example.com\ndigestTop: 2.5',
      path: 'alerts.channels.bad.digestTop',
      line: 7,
      message: /digestTop must be a whole number/,
    },
    {
      name: 'bad rate limit',
      body: 'type: slack\nurl: https://h.example.com\nrateLimit: 30 per minute',
      path: 'alerts.channels.bad.rateLimit',
      line: 7,
      message: /rateLimit must look like 30\/min/,
    },
    {
      name: 'bad rate limit mapping',
      body: 'type: slack\nurl: https://h.example.com\nrateLimit: { count: 0, per: 1m }',
      path: 'alerts.channels.bad.rateLimit',
      line: 7,
      message: /rateLimit needs a whole count of at least 1/,
    },
    {
      name: 'bad timeout',
      body: 'type: slack\nurl: https://h.example.com\ntimeout: soon',
      path: 'alerts.channels.bad.timeout',
      line: 7,
      message: /timeout must be a duration such as 500ms/,
    },
    {
      name: 'bad variable reference',
      body: 'type: slack\nurl: "${NOT VALID}"',
      path: 'alerts.channels.bad.url',
      line: 6,
      message: /\$\{NOT VALID\} is not a variable reference/,
    },
    { name: 'not a mapping', body: '- slack', path: 'alerts.channels.bad', line: 5, message: /a channel must be a mapping/ },
  ]
  for (const c of cases) {
    it(`${c.name}: ${c.path}`, () => {
      const { alerts, issues } = parse(withChannel(c.body), c.env ?? SECRETS, { '/etc/notpem.txt': 'hello' })
      expect(issues.map((i) => [i.path, i.line])).toContainEqual([c.path, c.line])
      const issue = issues.find((i) => i.path === c.path)!
      expect(issue.message).toMatch(/^channel "bad": /)
      expect(issue.message).toMatch(c.message)
      expect(alerts?.channels.map((ch) => ch.name)).toEqual(c.kept ? ['ok', 'bad'] : ['ok'])
      // A skipped channel is dropped from the rule that names it, with its own issue; the rule still routes to `ok`.
      expect(alerts?.rules.map((r) => r.channels)).toEqual([c.kept ? ['ok', 'bad'] : ['ok']])
      expect(issues).toHaveLength(c.kept ? 1 : 2)
    })
  }

  it('digest on jira keeps the channel in immediate mode', () => {
    const { alerts } = parse(withChannel('type: jira\nurl: https://e.atlassian.net\nemail: a@b.c\napiToken: t\nproject: SEC\nmode: digest'))
    expect(alerts?.channels[1]).toMatchObject({ name: 'bad', type: 'jira', mode: 'immediate' })
  })

  it('rejects a channel name that cannot be referred to', () => {
    const { alerts, issues } = parse('alerts:\n  channels:\n    "my.chan": { type: slack, url: "https://h.example.com" }\n')
    expect(alerts?.channels).toEqual([])
    expect(issues[0]).toMatchObject({
      path: 'alerts.channels.my.chan',
      line: 3,
      message: expect.stringMatching(/a channel name must be 1-64 letters/) as unknown,
    })
  })
})

/** A config with channels ok (immediate), dig (digest), broken (invalid), one good rule, and one rule under test from line 9. */
function withRule(body: string): string {
  return `alerts:
  channels:
    ok: { type: slack, url: 'https://hooks.slack.com/services/ok' }
    dig: { type: teams, url: 'https://teams.example.com/x', mode: digest }
    broken: { type: slack, url: 'http://example.com' }
  rules:
    - channels: [ok]
    - name: bad
${body
  .split('\n')
  .map((l) => `      ${l}`)
  .join('\n')}
`
}

describe('parseAlertsConfig: rule issues', () => {
  // `before`: issues expected ahead of the one under test (the dropped reference that left the rule empty).
  const cases: {
    name: string
    body: string
    path: string
    line: number
    message: RegExp
    kept?: Record<string, unknown>
    before?: [string, number][]
  }[] = [
    {
      name: 'unknown channel (dropped)',
      body: 'channels: [ok, nope]',
      path: 'alerts.rules[1].channels[1]',
      line: 9,
      message: /unknown channel "nope" \(configured: ok, dig\); dropped from this rule$/,
      kept: { channels: ['ok'] },
    },
    {
      name: 'invalid channel (dropped)',
      body: 'channels: [ok, broken]',
      path: 'alerts.rules[1].channels[1]',
      line: 9,
      message: /channel "broken" is invalid \(see its own issue\); dropped from this rule$/,
      kept: { channels: ['ok'] },
    },
    {
      name: 'no channel left',
      body: 'channels: [nope]',
      path: 'alerts.rules[1]',
      line: 8,
      message: /no valid channel left to send to; rule skipped$/,
      before: [['alerts.rules[1].channels[0]', 9]],
    },
    { name: 'no channels at all', body: 'minSeverity: high', path: 'alerts.rules[1]', line: 8, message: /channels \(or owner\) is required/ },
    {
      name: 'unknown key (kept)',
      body: 'channels: [ok]\nseverity: high',
      path: 'alerts.rules[1].severity',
      line: 10,
      message: /unknown field "severity" \(known: name, on, minSeverity, providers/,
      kept: { channels: ['ok'] },
    },
    {
      name: 'bad severity',
      body: 'channels: [ok]\nminSeverity: severe',
      path: 'alerts.rules[1].minSeverity',
      line: 10,
      message: /minSeverity must be one of critical, high, medium, low, informational \(got "severe"\); rule skipped/,
    },
    {
      name: 'bad event',
      body: 'channels: [ok]\non: [new, fixed]',
      path: 'alerts.rules[1].on[1]',
      line: 10,
      message: /on: "fixed" is not one of new, reopened, resolved, unmuted, open/,
    },
    { name: 'empty on', body: 'channels: [ok]\non: []', path: 'alerts.rules[1].on', line: 10, message: /on must not be empty/ },
    {
      name: 'open on immediate channels only',
      body: 'channels: [ok]\non: [new, open]',
      path: 'alerts.rules[1].on',
      line: 10,
      message: /"open" .* is sent to digest channels only.*; ignored$/,
      kept: { on: ['new'] },
    },
    {
      name: 'only open on immediate channels',
      body: 'channels: [ok]\non: open',
      path: 'alerts.rules[1].on',
      line: 10,
      message: /none of this rule's channels is in mode digest, so nothing is left to alert on; rule skipped$/,
    },
    {
      name: 'bad provider',
      body: 'channels: [ok]\nproviders: [aws, oci]',
      path: 'alerts.rules[1].providers[1]',
      line: 10,
      message: /providers: "oci" is not one of aws, azure, gcp/,
    },
    {
      name: 'glob not a string',
      body: 'channels: [ok]\nchecks: [{ id: x }]',
      path: 'alerts.rules[1].checks[0]',
      line: 10,
      message: /checks\[0\] must be a string/,
    },
    {
      name: 'tags not a mapping',
      body: 'channels: [ok]\ntags: [env=prod]',
      path: 'alerts.rules[1].tags',
      line: 10,
      message: /tags must be a mapping/,
    },
    {
      name: 'owner without tag',
      body: 'owner: { channels: { a: ok } }',
      path: 'alerts.rules[1].owner.tag',
      line: 9,
      message: /owner.tag is required/,
    },
    {
      name: 'owner unknown channel (dropped)',
      body: 'owner: { tag: team, channels: { a: ok, b: nope }, fallback: dig }',
      path: 'alerts.rules[1].owner.channels.b',
      line: 9,
      message: /unknown channel "nope"/,
      kept: { owner: { tags: ['team'], channels: { a: 'ok' }, fallback: 'dig' } },
    },
    {
      name: 'owner unknown fallback (dropped)',
      body: 'owner: { tag: team, channels: { a: ok }, fallback: nope }',
      path: 'alerts.rules[1].owner.fallback',
      line: 9,
      message: /unknown channel "nope"/,
      kept: { owner: { tags: ['team'], channels: { a: 'ok' } } },
    },
    {
      name: 'owner key typo (kept)',
      body: 'owner: { tag: team, channels: { a: ok }, fallbak: ok }',
      path: 'alerts.rules[1].owner.fallbak',
      line: 9,
      message: /unknown field "fallbak" \(known: tag, channels, fallback\)/,
      kept: { owner: { tags: ['team'], channels: { a: 'ok' } } },
    },
    {
      name: 'missing variable in a filter',
      body: 'channels: [ok]\naccounts: ["${PROD_ACCOUNT}"]',
      path: 'alerts.rules[1].accounts[0]',
      line: 10,
      message: /environment variable PROD_ACCOUNT is not set; rule skipped/,
    },
    { name: 'not a mapping', body: '', path: 'alerts.rules[1]', line: 8, message: /^rule 2: a rule must be a mapping/ },
  ]
  for (const c of cases) {
    it(`${c.name}: ${c.path}`, () => {
      const text = c.body ? withRule(c.body) : withRule('x').replace('    - name: bad\n      x\n', '    - just a string\n')
      const { alerts, issues } = parse(text)
      const ruleIssues = issues.filter((i) => i.path.startsWith('alerts.rules[1]'))
      expect(ruleIssues.map((i) => [i.path, i.line])).toEqual([...(c.before ?? []), [c.path, c.line]])
      expect(ruleIssues.at(-1)!.message).toMatch(c.message)
      expect(alerts?.rules.map((r) => r.name)).toEqual(c.kept ? ['rule 1', 'bad'] : ['rule 1'])
      if (c.kept) expect(alerts?.rules[1]).toMatchObject(c.kept)
      // The only other issue is the broken channel's own.
      expect(issues.filter((i) => !i.path.startsWith('alerts.rules[1]')).map((i) => i.path)).toEqual(['alerts.channels.broken.url'])
    })
  }

  it('keeps open for a rule that reaches a digest channel', () => {
    const { alerts } = parse(withRule('on: [open, new]\nchannels: [ok, dig]'))
    expect(alerts?.rules[1]).toMatchObject({ on: ['open', 'new'], channels: ['ok', 'dig'] })
  })

  it('warns when channels are configured but no rule routes to them', () => {
    const { alerts, issues } = parse('alerts:\n  channels:\n    ok: { type: slack, url: "https://h.example.com" }\n  rules: []\n')
    expect(alerts?.channels).toHaveLength(1)
    expect(issues).toEqual([
      {
        file: '/etc/posture/posture.yaml',
        line: 4,
        path: 'alerts.rules',
        message: 'no rule routes to any channel, so no alert will be sent (add rules: with channels:)',
      },
    ])
  })
})

describe('parseAlertsConfig: section issues', () => {
  it.each([
    { name: 'alerts not a mapping', text: 'alerts: [a]\n', path: 'alerts', line: 1, message: /alerts must be a mapping/ },
    {
      name: 'unknown section key',
      text: 'alerts:\n  chanels: {}\n',
      path: 'alerts.chanels',
      line: 2,
      message: /unknown field "chanels" \(known: link, retry, channels, rules\)/,
    },
    {
      name: 'channels not a mapping',
      text: 'alerts:\n  channels: [a]\n',
      path: 'alerts.channels',
      line: 2,
      message: /must be a mapping of channel name/,
    },
    { name: 'rules not a list', text: 'alerts:\n  rules: { a: 1 }\n', path: 'alerts.rules', line: 2, message: /must be a list of rules/ },
    {
      name: 'bad retry duration',
      text: 'alerts:\n  retry: { base: fast }\n',
      path: 'alerts.retry.base',
      line: 2,
      message: /^retry: base must be a duration .*; default used$/,
    },
    {
      name: 'retry max below base',
      text: 'alerts:\n  retry: { base: 1h, max: 1m }\n',
      path: 'alerts.retry.max',
      line: 2,
      message: /max is shorter than base/,
    },
    { name: 'retry typo', text: 'alerts:\n  retry: { giveUp: 1h }\n', path: 'alerts.retry.giveUp', line: 2, message: /unknown field "giveUp"/ },
    {
      name: 'link placeholder typo',
      text: 'alerts:\n  link: https://x.example.com/{finding}\n',
      path: 'alerts.link',
      line: 2,
      message: /unknown placeholder \{finding\}.*; link ignored$/,
    },
    {
      name: 'link not a URL',
      text: 'alerts:\n  link: posture.example.com/{fingerprint}\n',
      path: 'alerts.link',
      line: 2,
      message: /link must be an http\(s\) URL/,
    },
  ])('$name: $path', ({ text, path, line, message }) => {
    const { issues } = parse(text)
    expect(issues.map((i) => [i.path, i.line])).toEqual([[path, line]])
    expect(issues[0]!.message).toMatch(message)
  })

  it('applies retry defaults field by field and keeps the valid ones', () => {
    expect(parse('alerts:\n  retry: { base: fast, max: 1h }\n').alerts?.retry).toEqual({ baseMs: 30_000, maxMs: 3_600_000, maxAgeMs: 86_400_000 })
  })
})

describe('parseAlertsConfig: secrets never appear in an issue', () => {
  it('reports bad secret-bearing fields without their values', () => {
    const env = {
      ...SECRETS,
      // Valid-looking secrets in the wrong places, and invalid values of fields that carry secrets.
      PLAIN_HTTP_URL: 'http://hooks.slack.com/services/T9/B9/plainhttpsecret',
      SHORT: 'shortsecret9',
      MODE: 'modesecret9',
      PORT: 'portsecret9',
    }
    const { issues } = parse(
      `
alerts:
  link: https://\${SMTP_PASSWORD}.example.com/{nope}
  channels:
    a: { type: slack, url: '\${PLAIN_HTTP_URL}', mode: '\${MODE}' }
    b: { type: teams, url: 'http://literal.example.com/workflows/literalsecret9' }
    c: { type: webhook, url: 'ftp://ftpsecret9.example.com/', secret: '\${SHORT}' }
    d: { type: email, host: h, port: '\${PORT}', user: u, pass: '\${SMTP_PASSWORD}', from: '\${JIRA_API_TOKEN}', to: x@y.z }
    e: { type: pagerduty, routingKey: '\${JIRA_API_TOKEN}' }
    f: { type: '\${POSTURE_WEBHOOK_SECRET}' }
    g: { type: jira, url: 'https://e.atlassian.net', email: a@b.c, apiToken: '\${JIRA_API_TOKEN}', project: '\${SMTP_PASSWORD}' }
`,
      env,
    )
    expect(issues.map((i) => i.path)).toEqual([
      'alerts.link',
      'alerts.channels.a.mode',
      'alerts.channels.a.url',
      'alerts.channels.b.url',
      'alerts.channels.c.url',
      'alerts.channels.c.secret',
      'alerts.channels.d.port',
      'alerts.channels.d.from',
      'alerts.channels.e.routingKey',
      'alerts.channels.f.type',
      'alerts.channels.g.project',
    ])
    const text = JSON.stringify(issues)
    for (const secret of [...Object.values(env), 'literalsecret9', 'ftpsecret9', 'hooks.slack.com']) expect(text).not.toContain(secret)
    // Where a value from the environment is wrong, the message names the variable instead.
    expect(issues[1]!.message).toContain('(got the value of ${MODE})')
  })
})

describe('field parsers', () => {
  it.each([
    ['500ms', 500],
    ['30s', 30_000],
    ['15m', 900_000],
    ['24h', 86_400_000],
    ['1d', 86_400_000],
    ['45', 45_000],
    ['1.5s', 1_500],
    ['0s', null],
    ['-1s', null],
    ['10 minutes', null],
  ])('parseDuration(%j) = %j', (text, ms) => expect(parseDuration(text)).toBe(ms))

  it.each([
    ['30/min', { count: 30, perMs: 60_000 }],
    ['5/s', { count: 5, perMs: 1_000 }],
    ['100 / h', { count: 100, perMs: 3_600_000 }],
    ['0/min', null],
    ['30/m', null],
  ])('parseRateLimit(%j) = %j', (text, limit) => expect(parseRateLimit(text)).toEqual(limit))

  it.each([
    ['https://hooks.slack.com/x', null],
    ['http://127.0.0.1:9000/x', null],
    ['http://[::1]:9000/x', null],
    ['http://localhost/x', null],
    ['http://127.0.0.2/x', 'must use https (plain http is accepted only for 127.0.0.1, ::1 and localhost)'],
    ['http://localhost.evil.com/x', 'must use https (plain http is accepted only for 127.0.0.1, ::1 and localhost)'],
  ])('urlProblem(%j) = %j', (url, problem) => expect(urlProblem(url)).toBe(problem))
})

describe('loadConfig: the alerts section from a real file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'posture-alerts-config-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  const saved = process.env.POSTURE_TEST_SMTP_PASSWORD
  afterEach(() => {
    if (saved === undefined) delete process.env.POSTURE_TEST_SMTP_PASSWORD
    else process.env.POSTURE_TEST_SMTP_PASSWORD = saved
  })

  it('reads the ca file relative to the config file and expands variables from the process environment', async () => {
    mkdirSync(join(dir, 'tls'))
    writeFileSync(join(dir, 'tls', 'ca.pem'), PEM)
    const path = join(dir, 'posture.yaml')
    writeFileSync(
      path,
      `alerts:
  channels:
    mail:
      type: email
      host: 127.0.0.1
      port: 2525
      ca: tls/ca.pem
      user: posture
      pass: \${POSTURE_TEST_SMTP_PASSWORD}
      from: posture@localhost
      to: secops@localhost
  rules:
    - minSeverity: critical
      channels: [mail]
`,
    )
    process.env.POSTURE_TEST_SMTP_PASSWORD = 'from-the-environment'
    const config = await loadConfig(path)
    expect(config.issues).toEqual([])
    expect(config.alerts?.channels[0]).toMatchObject({ name: 'mail', ca: PEM, pass: 'from-the-environment', port: 2525, secure: false })
    expect(config.alerts?.rules).toEqual([
      { name: 'rule 1', on: ['new', 'reopened', 'unmuted', 'resolved'], minSeverity: 'critical', filters: {}, channels: ['mail'] },
    ])
  })

  it('reports issues with the file and line among the other sections, sorted by line', async () => {
    const path = join(dir, 'issues.yaml')
    writeFileSync(
      path,
      `database: ./posture.db
alerts:
  channels:
    chat: { type: slack, url: '\${POSTURE_TEST_UNSET_VARIABLE}' }
    hook: { type: webhok, url: 'https://x.example.com' }
  rules:
    - channels: [chat]
bogus: 1
`,
    )
    delete process.env.POSTURE_TEST_UNSET_VARIABLE
    const config = await loadConfig(path)
    expect(config.alerts).toEqual({ channels: [], rules: [], retry: { baseMs: 30_000, maxMs: 900_000, maxAgeMs: 86_400_000 } })
    expect(config.issues.map((i) => [i.file, i.line, i.path])).toEqual([
      [path, 4, 'alerts.channels.chat.url'],
      [path, 5, 'alerts.channels.hook.type'],
      [path, 7, 'alerts.rules[0].channels[0]'],
      [path, 7, 'alerts.rules[0]'],
      [path, 8, 'bogus'],
    ])
    expect(config.issues[4]!.message).toBe('unknown section "bogus" (known: database, suppressions, targets, trustedAccounts, alerts); ignored')
  })
})
