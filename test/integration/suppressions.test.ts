/**
 * Suppressions end to end on moto + SQLite, through the real CLI: an expired suppression no longer mutes (the finding
 * counts and --fail-on exits 1), a current one mutes (left out of counts and the exit code, shown as MUTED, still
 * stored), config-file suppressions are applied and counted, and `posture mute list` flags the unused ones.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runPosture, type CliRun } from '../support/cli.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startMoto, type MotoServer } from '../../scripts/lib/moto.js'
import { seedDemoEstate, DEMO_REGIONS, type DemoManifest } from '../../scripts/lib/seed-demo.js'
import type { SuppressionStatus } from '../../src/cli/suppression-sync.js'
import type { Report } from '../../src/report/model.js'
import { openStore } from '../../src/store/open.js'

const EMULATOR_ENV = { AWS_ACCESS_KEY_ID: 'testing', AWS_SECRET_ACCESS_KEY: 'testing', AWS_REGION: 'us-east-1' }
Object.assign(process.env, EMULATOR_ENV)
delete process.env.AWS_PROFILE
delete process.env.AWS_SESSION_TOKEN

const ACL_CHECK = 'aws-s3-bucket-acl-no-public-read'
const POLICY_CHECK = 'aws-s3-bucket-policy-no-public-read'
const DAY = 86_400_000
const dir = mkdtempSync(join(tmpdir(), 'posture-suppressions-'))
const config = join(dir, 'posture.yaml')

/** Runs the CLI as a child process; resolves with exit code and output (never rejects on a non-zero exit). */
function runCli(args: string[]): Promise<CliRun> {
  // POSTURE_CONFIG: never pick up a posture.yaml lying in the project root; --config overrides it per call.
  return runPosture(args, { ...EMULATOR_ENV, POSTURE_CONFIG: config })
}

describe('suppressions on the demo estate (moto + SQLite)', () => {
  const db = join(dir, 'posture.db')
  let moto: MotoServer
  let manifest: DemoManifest
  let aclBucket: string
  let policyBucket: string
  let scan: (...extra: string[]) => Promise<{ code: number; stdout: string; stderr: string }>

  beforeAll(async () => {
    moto = await startMoto()
    manifest = await seedDemoEstate(moto.url)
    aclBucket = manifest.expectFail.find((e) => e.checkId === ACL_CHECK)!.uid
    policyBucket = manifest.expectFail.find((e) => e.checkId === POLICY_CHECK)!.uid
    const base = ['scan', 'aws', '--endpoint', moto.url, '--regions', DEMO_REGIONS.join(','), '--checks', `${ACL_CHECK},${POLICY_CHECK}`]
    scan = (...extra) => runCli([...base, '--database', db, '--fail-on', 'critical', '--quiet', ...extra])
    // The one config-file entry never matches anything: `posture mute list` must flag it.
    writeFileSync(
      config,
      'suppressions:\n  - id: never-matches\n    checks: aws-rds-*\n    account: "000000000000"\n    reason: Legacy account, being closed\n    owner: dba\n',
    )
  })
  afterAll(async () => {
    await moto?.stop()
    rmSync(dir, { recursive: true, force: true })
  })

  it('an expired suppression no longer mutes: the finding counts and --fail-on exits 1', async () => {
    // Stored as if added weeks ago with an expiry that has since passed (`posture mute add` refuses past dates).
    const store = await openStore(db)
    await store.putSuppression({
      id: 'expired-acl',
      checks: ACL_CHECK,
      account: null,
      region: null,
      resources: aclBucket,
      tags: null,
      reason: 'Temporary exception during the migration',
      owner: 'web-team',
      expiresAt: new Date(Date.now() - DAY).toISOString(),
      createdAt: new Date(Date.now() - 30 * DAY).toISOString(),
      source: 'cli',
    })
    await store.close()
    const r = await scan('--format', 'json')
    expect(r.code, r.stderr).toBe(1)
    const report = JSON.parse(r.stdout) as Report
    const acl = report.findings.find((f) => f.checkId === ACL_CHECK && f.resource.uid === aclBucket)!
    expect(acl.status).toBe('fail')
    expect(acl.muted).toBeUndefined()
    expect(report.summary.muted).toBe(0)
    expect(report.summary.byStatus.fail).toBe(2)
  })

  it('a current suppression mutes: excluded from counts and --fail-on, shown as muted, still stored', async () => {
    const add = await runCli([
      ...['mute', 'add', '--checks', 'aws-s3-bucket-*-no-public-read', '--resource', aclBucket, '--resource', policyBucket],
      ...['--reason', 'Public demo buckets, by design', '--owner', 'web-team', '--expires', '2099-12-31', '--database', db],
    ])
    expect(add.code, add.stderr).toBe(0)
    const id = add.stdout.trim()

    const jsonFile = join(dir, 'report.json')
    const r = await scan('--json', jsonFile)
    expect(r.code, r.stderr).toBe(0)
    expect(r.stdout).toContain('MUTED — 2 accepted finding(s), not counted as failures')
    expect(r.stdout).toContain(`muted by ${id}: Public demo buckets, by design — owner web-team, expires 2099-12-31`)
    expect(r.stdout).not.toMatch(/CRITICAL — \d+ failing/)
    expect(r.stdout).toMatch(/Summary: 0 failed .*, 2 muted/)

    const report = JSON.parse(readFileSync(jsonFile, 'utf8')) as Report
    expect(report.summary.byStatus.fail).toBe(0)
    expect(report.summary.muted).toBe(2)
    const muted = report.findings.filter((f) => f.muted)
    expect(muted.map((f) => [f.checkId, f.status, f.muted!.suppressionId])).toEqual(
      expect.arrayContaining([
        [ACL_CHECK, 'fail', id],
        [POLICY_CHECK, 'fail', id],
      ]),
    )

    const store = await openStore(db)
    try {
      const latest = (await store.findScan({ latest: true }))!
      expect(latest.summary).toMatchObject({ fail: 0, muted: 2 })
      const stored = await store.scanFindings(latest.seq)
      expect(
        stored
          .filter((f) => f.muted?.suppressionId === id)
          .map((f) => f.resource.uid)
          .sort(),
      ).toEqual([aclBucket, policyBucket].sort())
      const lifecycle = await store.findings({ checks: [ACL_CHECK, POLICY_CHECK] })
      expect(lifecycle.filter((f) => f.state === 'muted').map((f) => f.mutedBy)).toEqual([id, id])
    } finally {
      await store.close()
    }
  })

  it('applies config-file suppressions (scan --config) and counts their matches', async () => {
    const file = join(dir, 'with-acl.yaml')
    writeFileSync(
      file,
      `suppressions:\n  - id: cfg-acl\n    checks: ${ACL_CHECK}\n    resources: "${aclBucket}"\n    reason: Accepted in the config file\n    owner: sec\n`,
    )
    const r = await scan('--format', 'json', '--config', file)
    expect(r.code, r.stderr).toBe(0)
    // No expiry outlasts 2099: the config entry takes the finding.
    const acl = (JSON.parse(r.stdout) as Report).findings.find((f) => f.resource.uid === aclBucket && f.checkId === ACL_CHECK)!
    expect(acl.muted).toMatchObject({ suppressionId: 'cfg-acl', reason: 'Accepted in the config file', owner: 'sec', expiresAt: null })
    const list = await runCli(['mute', 'list', '--format', 'json', '--database', db, '--config', file])
    expect((JSON.parse(list.stdout) as SuppressionStatus[]).find((s) => s.id === 'cfg-acl')).toMatchObject({
      source: 'config',
      matchCount: 1,
      unused: false,
    })
  })

  it('`posture mute list` shows expiry state, matches, and flags the unused suppression', async () => {
    const r = await runCli(['mute', 'list', '--format', 'json', '--database', db, '--config', config])
    expect(r.code, r.stderr).toBe(0)
    const rows = JSON.parse(r.stdout) as SuppressionStatus[]
    const by = (id: string) => rows.find((s) => s.id === id)
    expect(by('expired-acl')).toMatchObject({ state: 'expired', matchCount: 0, unused: true })
    expect(by('never-matches')).toMatchObject({ source: 'config', state: 'active', matchCount: 0, unused: true })
    const current = rows.find((s) => s.source === 'cli' && s.state === 'active')!
    // Two findings in the scan that added it, then the policy one again beside the config file's entry.
    expect(current).toMatchObject({ matchCount: 3, unused: false })
    // cfg-acl is no longer in the config file given: it is not listed (nor applied) any more.
    expect(by('cfg-acl')).toBeUndefined()
    const table = await runCli(['mute', 'list', '--database', db, '--config', config])
    expect(table.stdout).toMatch(
      /2 suppression\(s\) matched nothing in the last 30 days \(or ever\): (expired-acl, never-matches|never-matches, expired-acl)/,
    )
  })

  it('removing the suppression brings the findings back (exit 1 again)', async () => {
    const list = JSON.parse((await runCli(['mute', 'list', '--format', 'json', '--database', db])).stdout) as SuppressionStatus[]
    const current = list.find((s) => s.source === 'cli' && s.state === 'active')!
    expect((await runCli(['mute', 'remove', current.id, '--database', db])).code).toBe(0)
    const r = await scan('--format', 'json')
    expect(r.code).toBe(1)
    expect((JSON.parse(r.stdout) as Report).summary).toMatchObject({ muted: 0, byStatus: { fail: 2 } })
  })
})
