import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest'
import { PostureError } from '../core/errors.js'
import { databaseUrl, loadConfig } from './config.js'
import { formatIssue } from './config-types.js'

const dir = mkdtempSync(join(tmpdir(), 'posture-config-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

let n = 0
/** Writes a config file and returns its path. */
function file(text: string): string {
  const path = join(dir, `config-${++n}.yaml`)
  writeFileSync(path, text)
  return path
}

const saved = { config: process.env.POSTURE_CONFIG, db: process.env.POSTURE_DATABASE_URL, cwd: process.cwd() }
beforeEach(() => {
  delete process.env.POSTURE_CONFIG
  delete process.env.POSTURE_DATABASE_URL
})
afterEach(() => {
  process.chdir(saved.cwd)
  for (const [k, v] of [['POSTURE_CONFIG', saved.config] as const, ['POSTURE_DATABASE_URL', saved.db] as const]) {
    if (v === undefined) delete process.env[k]
    else process.env[k] = v
  }
})

async function configError(path: string): Promise<PostureError> {
  const err = await loadConfig(path).then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(err).toBeInstanceOf(PostureError)
  return err as PostureError
}

describe('loadConfig: where the file comes from', () => {
  it('gives the empty config when the default ./posture.yaml does not exist', async () => {
    process.chdir(dir)
    expect(await loadConfig()).toEqual({ file: null, suppressions: [], targets: [], trustedAccounts: [], alerts: null, issues: [] })
  })

  it('reads ./posture.yaml by default, and POSTURE_CONFIG when set', async () => {
    const sub = mkdtempSync(join(dir, 'cwd-'))
    writeFileSync(join(sub, 'posture.yaml'), 'database: ./from-default.db\n')
    process.chdir(sub)
    expect((await loadConfig()).database).toBe('./from-default.db')
    process.env.POSTURE_CONFIG = file('database: ./from-env.db\n')
    expect((await loadConfig()).database).toBe('./from-env.db')
  })

  it('refuses a named file that does not exist (exit 2)', async () => {
    const err = await configError(join(dir, 'nope.yaml'))
    expect(err.code).toBe('POSTURE_ERR_CONFIG')
    expect(err.exitCode).toBe(2)
    expect(err.message).toMatch(/Config file .*nope\.yaml not found/)
  })

  it('treats an empty file as an empty config', async () => {
    expect(await loadConfig(file('# nothing yet\n'))).toMatchObject({ suppressions: [], targets: [], issues: [] })
  })

  it('resolves the store: --database, then POSTURE_DATABASE_URL, then the file', () => {
    expect(databaseUrl(undefined, { database: 'file.db' })).toBe('file.db')
    process.env.POSTURE_DATABASE_URL = 'env.db'
    expect(databaseUrl(undefined, { database: 'file.db' })).toBe('env.db')
    expect(databaseUrl('flag.db', { database: 'file.db' })).toBe('flag.db')
  })
})

describe('loadConfig: malformed YAML is a hard error naming file:line', () => {
  it.each([
    { name: 'bad indentation', text: 'suppressions:\n  - checks: a\n   reason: b\n', line: 3 },
    { name: 'unclosed flow sequence', text: 'database: x\nsuppressions: [\n', line: 3 },
    { name: 'duplicate key', text: 'database: a\ndatabase: b\n', line: 2 },
  ])('$name', async ({ text, line }) => {
    const path = file(text)
    const err = await configError(path)
    expect(err.code).toBe('POSTURE_ERR_CONFIG')
    expect(err.message).toMatch(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:${line}:\\d+: invalid YAML: `))
    expect(err.message).not.toContain('\n')
  })

  it('refuses a file that is not a mapping', async () => {
    const err = await configError(file('- checks: a\n'))
    expect(err.message).toMatch(/:1: the config file must be a mapping/)
  })
})

const GOOD = `
suppressions:
  - id: web-public
    checks: [aws-s3-bucket-public-read, aws-s3-bucket-public-write]
    resources: "arn:aws:s3:::www-*"
    reason: Static website assets, public by design
    owner: web-team
    expires: 2026-12-31
  - checks: aws-ec2-sg-*
    account: 012345678901
    tags: { env: sandbox }
    reason: Sandbox account, torn down nightly
    owner: platform
`

describe('loadConfig: suppressions', () => {
  it('loads valid entries with stable ids and source config', async () => {
    const path = file(GOOD)
    const config = await loadConfig(path)
    expect(config.issues).toEqual([])
    expect(config.suppressions).toMatchObject([
      {
        id: 'web-public',
        checks: 'aws-s3-bucket-public-read,aws-s3-bucket-public-write',
        resources: 'arn:aws:s3:::www-*',
        expiresAt: '2026-12-31T23:59:59.999Z',
        source: 'config',
        matchCount: 0,
        lastMatchedAt: null,
      },
      // YAML would read 012345678901 as a number; the account keeps its leading zero.
      { checks: 'aws-ec2-sg-*', account: '012345678901', tags: { env: 'sandbox' }, expiresAt: null, source: 'config' },
    ])
    expect(config.suppressions[1]!.id).toMatch(/^cfg-[0-9a-f]{12}$/)
    expect((await loadConfig(file(GOOD))).suppressions[1]!.id).toBe(config.suppressions[1]!.id)
  })

  it('reports each bad entry with file, line and field, and still applies the valid ones', async () => {
    const path = file(`database: ./posture.db
suppressions:
  - checks: aws-s3-*
    reason: Accepted risk for the public bucket
    owner: web-team
  - checks: aws-iam-*
    reason: todo
    owner: iam-team
  - checks: aws-ec2-*
    reason: Approved exception, ticket SEC-1
    expires: next week
  - checks: aws-kms-*
    resource: arn:aws:kms:*
    reason: Keys managed by the vendor
    owner: sec
  - just a string
  - checks: aws-rds-*
    reason: Legacy database, migration planned
    owner: dba
    tags: [env=prod, broken]
bogus: 1
`)
    const config = await loadConfig(path)
    expect(config.database).toBe('./posture.db')
    expect(config.suppressions.map((s) => s.checks)).toEqual(['aws-s3-*'])
    expect(config.issues.map((i) => [i.line, i.path])).toEqual([
      [7, 'suppressions[1].reason'],
      [9, 'suppressions[2].owner'],
      [11, 'suppressions[2].expires'],
      [13, 'suppressions[3].resource'],
      [16, 'suppressions[4]'],
      [20, 'suppressions[5].tags[1]'],
      [21, 'bogus'],
    ])
    expect(config.issues.every((i) => i.file === path)).toBe(true)
    expect(formatIssue(config.issues[0]!)).toBe(
      `${path}:7: suppressions[1].reason: reason must say why in at least 10 characters (got 4); entry skipped`,
    )
    expect(config.issues[3]!.message).toMatch(/unknown field "resource"/)
    expect(config.issues[6]!.message).toMatch(/unknown section "bogus"/)
  })

  it('reports a suppressions section that is not a list', async () => {
    const config = await loadConfig(file('suppressions:\n  checks: aws-s3-*\n'))
    expect(config.suppressions).toEqual([])
    expect(config.issues).toMatchObject([{ line: 2, path: 'suppressions', message: expect.stringMatching(/must be a list/) as unknown }])
  })

  it('skips a repeated id, keeping the first', async () => {
    const entry = (owner: string) => `  - id: same\n    checks: aws-s3-*\n    reason: Accepted for a good reason\n    owner: ${owner}\n`
    const config = await loadConfig(file(`suppressions:\n${entry('first')}${entry('second')}`))
    expect(config.suppressions.map((s) => s.owner)).toEqual(['first'])
    expect(config.issues).toMatchObject([
      { line: 6, path: 'suppressions[1]', message: expect.stringMatching(/duplicate suppression id "same" \(first defined at line 2\)/) as unknown },
    ])
  })

  it('reports a database that is not a string', async () => {
    const config = await loadConfig(file('database: [a, b]\n'))
    expect(config.database).toBeUndefined()
    expect(config.issues).toMatchObject([{ line: 1, path: 'database' }])
  })
})

describe('loadConfig: targets', () => {
  it('passes targets to validateTargets with line numbers', async () => {
    const config = await loadConfig(
      file(`targets:
  - name: prod
    provider: aws
    schedule: "0 3 * * *"
  - name: broken
    provider: aws
    schedule: "not cron"
`),
    )
    expect(config.targets.map((t) => t.name)).toEqual(['prod'])
    expect(config.issues).toMatchObject([{ line: 7, path: 'targets[1].schedule' }])
  })
})

describe('loadConfig: trustedAccounts', () => {
  it('keeps 12-digit ids (leading zeros too) and reports the others with their line', async () => {
    const config = await loadConfig(file(`trustedAccounts:\n  - '444455556666'\n  - 012345678901\n  - 12345\n  - partner\n`))
    expect(config.trustedAccounts).toEqual(['444455556666', '012345678901'])
    expect(config.issues).toMatchObject([
      { line: 4, path: 'trustedAccounts.2', message: expect.stringMatching(/"12345" is not a 12-digit AWS account id/) as unknown },
      { line: 5, path: 'trustedAccounts.3' },
    ])
  })

  it('reports a section that is not a list', async () => {
    const config = await loadConfig(file('trustedAccounts: 444455556666\n'))
    expect(config.trustedAccounts).toEqual([])
    expect(config.issues).toMatchObject([{ line: 1, path: 'trustedAccounts' }])
  })
})

describe('loadConfig: the documented example', () => {
  it('docs/posture.example.yaml loads without a single issue', async () => {
    const env = {
      SLACK_WEBHOOK_URL: 'https://hooks.slack.com/services/T000/B000/example',
      TEAMS_WEBHOOK_URL: 'https://prod.example.com/workflows/example',
      JIRA_API_TOKEN: 'example-token',
      PAGERDUTY_ROUTING_KEY: 'R0UT1NGKEY0123456789abcdefABCDEF',
    }
    const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]))
    Object.assign(process.env, env)
    try {
      const config = await loadConfig(join(import.meta.dirname, '..', '..', 'docs', 'posture.example.yaml'))
      expect(config.issues.map(formatIssue)).toEqual([])
      expect(config.targets.length).toBeGreaterThan(0)
      expect(config.alerts?.channels.map((c) => c.name)).toEqual(['secops', 'cloud-team', 'tickets', 'oncall'])
      expect(config.alerts?.rules).toHaveLength(3)
    } finally {
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k]
        else process.env[k] = v
      }
    }
  })
})
