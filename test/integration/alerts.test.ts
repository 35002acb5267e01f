/**
 * Alerts end to end through the real CLI: moto as the AWS account, and real servers on 127.0.0.1 standing in for Slack,
 * Teams, a signed webhook receiver, an SMTP server, Jira and PagerDuty. Two scans of a changing account must produce
 * exactly the expected messages in every channel (new, resolved, digest), an unchanged re-scan none, a Slack outage
 * during a scan must lose nothing (delivered once when it is back), and `posture alerts status` shows the history.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AuthorizeSecurityGroupIngressCommand, CreateSecurityGroupCommand, EC2Client, RevokeSecurityGroupIngressCommand } from '@aws-sdk/client-ec2'
import { CreateBucketCommand, PutBucketVersioningCommand, S3Client } from '@aws-sdk/client-s3'
import { startMoto, type MotoServer } from '../../scripts/lib/moto.js'
import { verifyWebhookSignature } from '../../src/notify/channels/webhook.js'
import type { DigestAlert, FindingAlert } from '../../src/notify/types.js'
import { openStore } from '../../src/store/open.js'
import { runPosture, type CliRun } from '../support/cli.js'
import { startJiraStandIn, type JiraStandIn } from '../support/jira-stand-in.js'
import { PAGERDUTY_TEST_ROUTING_KEY, startPagerDutyStandIn, type PagerDutyStandIn } from '../support/pagerduty-stand-in.js'
import { startSmtpStandIn, type SmtpStandIn } from '../support/smtp-stand-in.js'
import { startStandIn, type StandIn } from '../support/stand-in-server.js'

const REGION = 'us-east-1'
const CREDENTIALS = { accessKeyId: 'testing', secretAccessKey: 'testing' }
const HOOK_SECRET = 'whsec-0123456789abcdef'
const SSH = 'aws-ec2-sg-no-ssh-from-internet'
const RDP = 'aws-ec2-sg-no-rdp-from-internet'
const VERSIONING = 'aws-s3-bucket-versioning-enabled'
const SCAN_ARGS = ['scan', 'aws', '--regions', REGION, '--checks', [SSH, RDP, VERSIONING].join(','), '--quiet']

const dir = mkdtempSync(join(tmpdir(), 'posture-alerts-it-'))
const DATABASE = join(dir, 'posture.db')
const CONFIG = join(dir, 'posture.yaml')

let moto: MotoServer
let slack: StandIn
let teams: StandIn
let hook: StandIn
let smtp: SmtpStandIn
let jira: JiraStandIn
let pd: PagerDutyStandIn
let env: NodeJS.ProcessEnv
let ec2: EC2Client
let s3: S3Client

/** Stand-in for a Slack incoming webhook: JSON with fallback text and blocks, answered "ok". */
const slackHandler = (req: { json: unknown; path: string }) => {
  const body = req.json as { text?: unknown; blocks?: unknown }
  if (req.path !== '/services/T000/B000/secret' || typeof body?.text !== 'string' || !Array.isArray(body.blocks))
    return { status: 400, body: 'invalid_payload' }
  return { status: 200, body: 'ok' }
}

/** Stand-in for a Teams Workflows trigger: one Adaptive Card attachment, answered 202. */
const teamsHandler = (req: { json: unknown }) => {
  const card = (req.json as { attachments?: { contentType?: string; content?: { type?: string } }[] })?.attachments?.[0]
  const ok = card?.contentType === 'application/vnd.microsoft.card.adaptive' && card.content?.type === 'AdaptiveCard'
  return ok ? { status: 202 } : { status: 400, body: 'bad card' }
}

/** Stand-in for a webhook receiver that verifies the signature from the raw body, like a real receiver must. */
const hookHandler = (req: { body: string; headers: Record<string, string | string[] | undefined> }) => {
  const valid = verifyWebhookSignature({
    secret: HOOK_SECRET,
    timestamp: req.headers['x-posture-timestamp'] as string,
    body: req.body,
    signature: req.headers['x-posture-signature'] as string,
  })
  return valid ? { status: 204 } : { status: 401, body: 'bad signature' }
}

function writeConfig(): void {
  writeFileSync(
    CONFIG,
    `alerts:
  link: https://posture.example/f/{fingerprint}
  retry: { base: 1s, max: 2s, giveUpAfter: 1h }
  channels:
    slack: { type: slack, url: '${slack.url}/services/T000/B000/secret' }
    teams: { type: teams, url: '${teams.url}/workflows/abc/triggers/manual/paths/invoke?sig=secret', mode: digest }
    hook: { type: webhook, url: '${hook.url}/posture', secret: '\${HOOK_SECRET}' }
    mail: { type: email, host: 127.0.0.1, port: ${smtp.port}, user: posture, pass: '\${SMTP_PASS}', from: posture@example.com, to: [secops@example.com] }
    jira: { type: jira, url: '${jira.url}', email: bot@example.com, apiToken: '\${JIRA_TOKEN}', project: SEC }
    pd: { type: pagerduty, routingKey: '\${PD_KEY}', url: '${pd.url}' }
  rules:
    - name: everything
      channels: [slack, teams, hook, mail, jira]
    - name: high-to-oncall
      minSeverity: high
      channels: [pd]
`,
  )
}

beforeAll(async () => {
  ;[moto, slack, teams, hook, smtp, jira, pd] = await Promise.all([
    startMoto(),
    startStandIn(slackHandler),
    startStandIn(teamsHandler),
    startStandIn(hookHandler),
    startSmtpStandIn({ users: { posture: 'smtp-pass' } }),
    startJiraStandIn({ email: 'bot@example.com', apiToken: 'jira-token', project: 'SEC' }),
    startPagerDutyStandIn(),
  ])
  writeConfig()
  env = {
    AWS_ACCESS_KEY_ID: 'testing',
    AWS_SECRET_ACCESS_KEY: 'testing',
    AWS_REGION: REGION,
    AWS_ENDPOINT_URL: moto.url,
    POSTURE_CONFIG: CONFIG,
    POSTURE_DATABASE_URL: DATABASE,
    HOOK_SECRET,
    SMTP_PASS: 'smtp-pass',
    JIRA_TOKEN: 'jira-token',
    PD_KEY: PAGERDUTY_TEST_ROUTING_KEY,
  }
  const client = { region: REGION, endpoint: moto.url, credentials: CREDENTIALS }
  ec2 = new EC2Client(client)
  s3 = new S3Client({ ...client, forcePathStyle: true })
})

afterAll(async () => {
  ec2?.destroy()
  s3?.destroy()
  await Promise.all([moto?.stop(), slack?.close(), teams?.close(), hook?.close(), smtp?.close(), jira?.close(), pd?.close()])
  rmSync(dir, { recursive: true, force: true })
})

/** Creates a security group open to the internet on one port; returns its id. */
async function openGroup(name: string, port: number): Promise<string> {
  const { GroupId } = await ec2.send(new CreateSecurityGroupCommand({ GroupName: name, Description: name }))
  await ec2.send(
    new AuthorizeSecurityGroupIngressCommand({
      GroupId,
      IpPermissions: [{ IpProtocol: 'tcp', FromPort: port, ToPort: port, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }],
    }),
  )
  return GroupId!
}

/** Fingerprints of the stored findings, by `<check> <resource name>`. */
async function fingerprints(): Promise<Map<string, string>> {
  const store = await openStore(DATABASE)
  try {
    return new Map((await store.findings()).map((f) => [`${f.checkId} ${f.resourceUid.split(/[/:]/).pop()}`, f.fingerprint]))
  } finally {
    await store.close()
  }
}

const findingAlerts = (s: StandIn) => s.handled().map((r) => (r.json as { alert: FindingAlert }).alert)
const summaryOf = (a: FindingAlert) => `${a.event} ${a.finding.checkId} ${a.finding.resource.name}`
const slackTexts = () => slack.handled().map((r) => (r.json as { text: string }).text)
const teamsCards = () => teams.handled().map((r) => JSON.stringify(r.json))
const mailSubjects = () => smtp.mails.map((m) => m.parsed.subject ?? '')
const scan = (): Promise<CliRun> => runPosture(SCAN_ARGS, env)

describe('alerts over two scans of a changing account', () => {
  let web: string
  let rdp: string
  let fresh: string

  it('first scan: every channel hears about each new finding once; PagerDuty only the high ones; Teams one digest', async () => {
    web = await openGroup('web', 22)
    rdp = await openGroup('rdp', 3389)
    await s3.send(new CreateBucketCommand({ Bucket: 'alerts-logs' }))
    const run = await scan()
    expect(run.code, run.stderr).toBe(0)
    expect(run.stderr).toContain('alerts: 15 delivered, 0 waiting to retry, 0 failed')
    const expected = [`new ${VERSIONING} alerts-logs`, `new ${RDP} ${rdp}`, `new ${SSH} ${web}`].sort()
    expect(findingAlerts(hook).map(summaryOf).sort()).toEqual(expected)
    expect(slackTexts()).toHaveLength(3)
    expect(slackTexts().every((t) => t.startsWith('New '))).toBe(true)
    expect(mailSubjects()).toHaveLength(3)
    expect(smtp.mails.every((m) => m.user === 'posture' && m.envelope.to.join() === 'secops@example.com')).toBe(true)
    const fp = await fingerprints()
    expect(jira.issues.map((i) => i.labels.find((l) => l.startsWith('posture-fp-'))).sort()).toEqual(
      [fp.get(`${SSH} ${web}`), fp.get(`${RDP} ${rdp}`), fp.get(`${VERSIONING} alerts-logs`)].map((f) => `posture-fp-${f}`).sort(),
    )
    expect(pd.events.map((e) => `${e.event_action} ${e.dedup_key}`).sort()).toEqual(
      [`trigger ${fp.get(`${SSH} ${web}`)}`, `trigger ${fp.get(`${RDP} ${rdp}`)}`].sort(),
    )
    expect(teams.handled()).toHaveLength(1)
    expect(teamsCards()[0]).toContain('3 new')
  })

  it('an unchanged re-scan sends nothing anywhere', async () => {
    const before = [slack.requests.length, teams.requests.length, hook.requests.length, smtp.mails.length, jira.issues.length, pd.events.length]
    const run = await scan()
    expect(run.code, run.stderr).toBe(0)
    expect(run.stderr).not.toContain('alerts:')
    expect([slack.requests.length, teams.requests.length, hook.requests.length, smtp.mails.length, jira.issues.length, pd.events.length]).toEqual(
      before,
    )
  })

  it('second scan with Slack down: resolved and new alerts everywhere else; Slack keeps them queued', async () => {
    await ec2.send(
      new RevokeSecurityGroupIngressCommand({
        GroupId: web,
        IpPermissions: [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }],
      }),
    )
    await s3.send(new PutBucketVersioningCommand({ Bucket: 'alerts-logs', VersioningConfiguration: { Status: 'Enabled' } }))
    fresh = await openGroup('fresh', 22)
    slack.down({ status: 503, body: 'service unavailable' })
    const hookBefore = hook.handled().length
    const run = await scan()
    expect(run.code, run.stderr).toBe(0)
    expect(run.stderr).toMatch(/alerts: 12 delivered, 3 waiting to retry, 0 failed/)
    expect(findingAlerts(hook).slice(hookBefore).map(summaryOf).sort()).toEqual(
      [`resolved ${SSH} ${web}`, `resolved ${VERSIONING} alerts-logs`, `new ${SSH} ${fresh}`].sort(),
    )
    const fp = await fingerprints()
    const issue = (key: string) => jira.issues.find((i) => i.labels.includes(`posture-fp-${fp.get(key)}`))!
    expect(jira.issues).toHaveLength(4)
    expect(issue(`${SSH} ${web}`).statusCategory).toBe('done')
    expect(issue(`${VERSIONING} alerts-logs`).statusCategory).toBe('done')
    expect(issue(`${RDP} ${rdp}`).statusCategory).toBe('new')
    expect(issue(`${SSH} ${fresh}`).statusCategory).toBe('new')
    expect(pd.incidents.get(fp.get(`${SSH} ${web}`)!)).toBe('resolved')
    expect(pd.incidents.get(fp.get(`${SSH} ${fresh}`)!)).toBe('triggered')
    expect(pd.incidents.get(fp.get(`${RDP} ${rdp}`)!)).toBe('triggered')
    expect(pd.events).toHaveLength(4)
    expect(mailSubjects()).toHaveLength(6)
    expect(
      mailSubjects()
        .slice(3)
        .map((s) => s.replace(/: .*/, ''))
        .sort(),
    ).toEqual(['[Posture] New HIGH failure', '[Posture] Resolved HIGH', '[Posture] Resolved LOW'])
    expect(teams.handled()).toHaveLength(2)
    const digest = teamsCards()[1]!
    expect(digest).toContain('1 new')
    expect(digest).toContain('2 resolved')
    for (const name of [fresh, web, 'alerts-logs']) expect(digest).toContain(name)
    expect(slack.handled()).toHaveLength(3)
  })

  it('`alerts status` shows what waits, with the last error, and the delivery history', async () => {
    const run = await runPosture(['alerts', 'status', '--format', 'json'], env)
    expect(run.code, run.stderr).toBe(0)
    const status = JSON.parse(run.stdout) as {
      channels: { name: string; pending: number; failed: number; delivered24h: number }[]
      waiting: { channel: string; lastError: string | null; event: string }[]
      recent: { channel: string }[]
    }
    expect(status.channels.find((c) => c.name === 'slack')).toMatchObject({ pending: 3, failed: 0, delivered24h: 3 })
    expect(status.channels.find((c) => c.name === 'hook')).toMatchObject({ pending: 0, delivered24h: 6 })
    expect(
      status.waiting
        .filter((w) => w.channel === 'slack')
        .map((w) => w.event)
        .sort(),
    ).toEqual(['new', 'resolved', 'resolved'])
    expect(status.waiting.some((w) => /HTTP 503/.test(w.lastError ?? ''))).toBe(true)
    const table = await runPosture(['alerts', 'status'], env)
    expect(table.stdout).toMatch(/slack\s+slack\s+pending 3, failed 0, delivered in 24 h 3/)
    expect(table.stdout).toContain('Recently delivered')
  })

  it('once Slack is back, everything it missed arrives exactly once', async () => {
    slack.up()
    // The retry policy backs off 1–2 s; wait past it so the entries are due.
    await new Promise((r) => setTimeout(r, 2_500))
    const send = await runPosture(['alerts', 'send'], env)
    expect(send.code, send.stderr).toBe(0)
    expect(send.stdout).toContain('alerts: 3 delivered')
    expect(slackTexts().slice(3).sort()).toEqual([
      expect.stringMatching(/^New HIGH/),
      expect.stringMatching(/^Resolved HIGH/),
      expect.stringMatching(/^Resolved LOW/),
    ])
    const again = await runPosture(['alerts', 'send'], env)
    expect(again.stdout).toContain('alerts: nothing due')
    expect(slack.handled()).toHaveLength(6)
    const status = JSON.parse((await runPosture(['alerts', 'status', '--format', 'json'], env)).stdout) as { waiting: unknown[] }
    expect(status.waiting).toEqual([])
  })

  it('posture watch --once sends the alerts of its scans too', async () => {
    const watchDb = join(dir, 'watch.db')
    writeFileSync(
      join(dir, 'watch.yaml'),
      `targets:\n  - name: emulated\n    provider: aws\n    regions: [${REGION}]\n    endpoint: ${moto.url}\n    checks: [${SSH}]\n    schedule: '0 0 1 1 *'\n` +
        `alerts:\n  channels:\n    hook: { type: webhook, url: '${hook.url}/posture', secret: '\${HOOK_SECRET}' }\n  rules:\n    - channels: [hook]\n`,
    )
    const before = hook.handled().length
    const run = await runPosture(['watch', '--once', '--config', join(dir, 'watch.yaml'), '--database', watchDb], env)
    expect(run.code, run.stderr).toBe(0)
    // One open SSH finding left (fresh): announced as new to a store that has never seen it.
    expect(findingAlerts(hook).slice(before).map(summaryOf)).toEqual([`new ${SSH} ${fresh}`])
  })
})

describe('bad alert configuration', () => {
  it('names the channel and field of each problem at start-up, and the scan still runs and records', async () => {
    const bad = join(dir, 'bad.yaml')
    writeFileSync(
      bad,
      `alerts:
  channels:
    pager: { type: pager-duty, routingKey: x }
    noenv: { type: slack, url: '\${POSTURE_TEST_UNSET_WEBHOOK}' }
    badurl: { type: teams, url: 'not a url' }
    down: { type: webhook, url: 'http://127.0.0.1:1/hook', secret: '0123456789abcdef0123' }
  rules:
    - channels: [pager, noenv, badurl, down]
`,
    )
    const run = await runPosture([...SCAN_ARGS, '--config', bad, '--database', join(dir, 'bad.db')], env)
    expect(run.code, run.stderr).toBe(0)
    expect(run.stderr).toMatch(/bad\.yaml:3: alerts\.channels\.pager\.type: .*pager-duty/)
    expect(run.stderr).toMatch(/bad\.yaml:4: alerts\.channels\.noenv\.url: .*POSTURE_TEST_UNSET_WEBHOOK/)
    expect(run.stderr).toMatch(/bad\.yaml:5: alerts\.channels\.badurl\.url: /)
    expect(run.stderr).toMatch(/alerts\.channels\.down\.url: cannot connect to 127\.0\.0\.1:1 \(ECONNREFUSED\)/)
    expect(run.stdout).toContain(SSH)
    const test = await runPosture(['alerts', 'test', 'down', '--config', bad], env)
    expect(test.code).toBe(3)
    expect(test.stderr).toMatch(/alerts\.channels\.down\.url: cannot connect to 127\.0\.0\.1:1/)
    const unknown = await runPosture(['alerts', 'test', 'noenv', '--config', bad], env)
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('Alert channel "noenv" is not usable')
  })

  it('`alerts test` sends a sample through a working channel', async () => {
    const before = hook.handled().length
    const run = await runPosture(['alerts', 'test', 'hook', '--kind', 'digest'], env)
    expect(run.code, run.stderr).toBe(0)
    expect(run.stdout).toContain('sent a test digest alert to hook (webhook)')
    const sample = (hook.handled()[before]!.json as { alert: DigestAlert }).alert
    expect(sample).toMatchObject({ kind: 'digest', test: true })
  })
})
