/**
 * Scan history end to end through the real CLI, on moto and on both databases (SQLite and PostgreSQL): seed the demo
 * estate, scan, change the estate with the SDK (open port 22 on a security group, fix a public bucket with a public
 * access block, delete an unencrypted volume, create an encrypted one), scan again, and check what `posture diff`,
 * `posture findings` and `posture scans list` report. Also: the store is opened before scanning (unreachable or foreign
 * database → one clear line, no scan), and `--no-store` records nothing.
 */
import { execFile, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import SQLite from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import {
  AuthorizeSecurityGroupIngressCommand,
  CreateVolumeCommand,
  DeleteVolumeCommand,
  DescribeSecurityGroupsCommand,
  DescribeVolumesCommand,
  EC2Client,
} from '@aws-sdk/client-ec2'
import { PutPublicAccessBlockCommand, S3Client } from '@aws-sdk/client-s3'
import { startMoto, PROJECT_ROOT, type MotoServer } from '../../scripts/lib/moto.js'
import { seedDemoEstate, DEMO_CREDENTIALS, DEMO_REGIONS } from '../../scripts/lib/seed-demo.js'
import type { Drift } from '../../src/scan/drift.js'
import type { Report } from '../../src/report/model.js'
import { openStore } from '../../src/store/open.js'
import type { FindingRecord, ScanRecord } from '../../src/store/types.js'
import { storeTargets, type StoreTarget } from '../support/databases.js'

const EMULATOR_ENV = { AWS_ACCESS_KEY_ID: 'testing', AWS_SECRET_ACCESS_KEY: 'testing', AWS_REGION: 'us-east-1' }
Object.assign(process.env, EMULATOR_ENV)
delete process.env.AWS_PROFILE
delete process.env.AWS_SESSION_TOKEN

const HOME = DEMO_REGIONS[0]
const dir = mkdtempSync(join(tmpdir(), 'posture-history-it-'))
// An empty config file: never pick up a posture.yaml lying in the project root.
const CONFIG = join(dir, 'posture.yaml')
writeFileSync(CONFIG, '')
// Never pick up a developer's store either: every command names its --database.
delete process.env.POSTURE_DATABASE_URL
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Environment of the CLI under test: emulator credentials, no colours, the empty config file. */
const CLI_ENV: NodeJS.ProcessEnv = { ...process.env, ...EMULATOR_ENV, NO_COLOR: '1', POSTURE_CONFIG: CONFIG }

/** Runs the CLI as a child process; resolves with exit code and output (never rejects on a non-zero exit). */
function runCli(args: string[], env: NodeJS.ProcessEnv = CLI_ENV): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [join(PROJECT_ROOT, 'bin', 'posture.js'), ...args],
      {
        cwd: PROJECT_ROOT,
        env,
        maxBuffer: 64 * 1024 * 1024,
        timeout: 110_000,
      },
      (err, stdout, stderr) => done({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr }),
    )
  })
}

/** The changes between the two scans; returns the uids involved. */
async function changeEstate(endpoint: string): Promise<{ sg: string; deleted: string; created: string; bucket: string }> {
  const config = { region: HOME, endpoint, credentials: DEMO_CREDENTIALS, forcePathStyle: true }
  const ec2 = new EC2Client(config)
  const s3 = new S3Client(config)
  try {
    const arn = (kind: string, id: string) => `arn:aws:ec2:${HOME}:123456789012:${kind}/${id}`
    const groups = await ec2.send(new DescribeSecurityGroupsCommand({ Filters: [{ Name: 'group-name', Values: ['admin-from-corp'] }] }))
    const sg = groups.SecurityGroups![0]!.GroupId!
    await ec2.send(
      new AuthorizeSecurityGroupIngressCommand({
        GroupId: sg,
        IpPermissions: [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }],
      }),
    )
    const bucket = 'posture-demo-public-policy'
    const all = { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true }
    await s3.send(new PutPublicAccessBlockCommand({ Bucket: bucket, PublicAccessBlockConfiguration: all }))
    const volumes = await ec2.send(new DescribeVolumesCommand({ Filters: [{ Name: 'tag:Name', Values: ['scratch-unencrypted'] }] }))
    const deleted = volumes.Volumes![0]!.VolumeId!
    await ec2.send(new DeleteVolumeCommand({ VolumeId: deleted }))
    const created = await ec2.send(
      new CreateVolumeCommand({
        AvailabilityZone: `${HOME}a`,
        Size: 8,
        Encrypted: true,
        TagSpecifications: [{ ResourceType: 'volume', Tags: [{ Key: 'Name', Value: 'history-new' }] }],
      }),
    )
    return {
      sg: arn('security-group', sg),
      deleted: arn('volume', deleted),
      created: arn('volume', created.VolumeId!),
      bucket: `arn:aws:s3:::${bucket}`,
    }
  } finally {
    ec2.destroy()
    s3.destroy()
  }
}

const targets: StoreTarget[] = storeTargets()

describe('scan history on moto, SQLite and PostgreSQL', () => {
  let moto: MotoServer
  const location = new Map<string, string>()
  const secondScan = new Map<string, { code: number; stdout: string; stderr: string }>()
  let changed: Awaited<ReturnType<typeof changeEstate>>
  const scan = (db: string, ...extra: string[]) =>
    runCli(['scan', 'aws', '--endpoint', moto.url, '--regions', DEMO_REGIONS.join(','), '--database', db, '--quiet', ...extra])

  beforeAll(async () => {
    moto = await startMoto()
    await seedDemoEstate(moto.url)
    for (const t of targets) location.set(t.name, await t.create())
    for (const t of targets) {
      const r = await scan(location.get(t.name)!)
      expect(r.code, `first scan on ${t.name}: ${r.stderr}`).toBe(0)
      expect(r.stdout).toContain('First recorded scan:')
    }
    changed = await changeEstate(moto.url)
    for (const t of targets) secondScan.set(t.name, await scan(location.get(t.name)!))
  })
  afterAll(async () => {
    await moto?.stop()
    for (const t of targets) await t.cleanup()
  })

  describe.each(targets.map((t) => t.name))('on %s', (name) => {
    const cli = (...args: string[]) => runCli([...args, '--database', location.get(name)!])

    it('the second scan reports what changed since the first', () => {
      const r = secondScan.get(name)!
      expect(r.code, r.stderr).toBe(0)
      expect(r.stdout).toContain('Since the previous scan: 1 new, 3 resolved, 0 reopened.')
    })

    it('scans list shows both scans recorded (partial only where collection errors exist); the report id is the stored scan id', async () => {
      const r = await cli('scans', 'list', '--format', 'json')
      expect(r.code, r.stderr).toBe(0)
      const scans = JSON.parse(r.stdout) as ScanRecord[]
      // moto lacks some APIs (e.g. IAM Access Analyzer): those collection errors make a scan partial, never complete.
      const expected = (s: ScanRecord) => (s.collectionErrors > 0 ? 'partial' : 'complete')
      expect(scans.map((s) => [s.seq, s.status, s.accounts])).toEqual([
        [2, expected(scans[0]!), ['123456789012']],
        [1, expected(scans[1]!), ['123456789012']],
      ])
      expect(scans[0]!.summary!.resources).toBe(scans[1]!.summary!.resources)
      expect(secondScan.get(name)!.stdout).toContain(`Scan ${scans[0]!.id}:`)
    })

    it('diff lists the added, removed and changed resources with field-level differences', async () => {
      const r = await cli('diff', '--format', 'json')
      expect(r.code, r.stderr).toBe(0)
      const d = JSON.parse(r.stdout) as Drift
      expect([d.from.seq, d.to.seq]).toEqual([1, 2])
      expect(d.counts.resources, JSON.stringify(d.resources.map((x) => [x.uid, x.change, x.changes]))).toEqual({ added: 1, removed: 1, changed: 2 })
      const by = (uid: string) => d.resources.find((x) => x.uid === uid)
      expect(by(changed.created)).toMatchObject({ change: 'added', name: 'history-new', type: 'aws.ec2.volume' })
      expect(by(changed.deleted)).toMatchObject({ change: 'removed', name: 'scratch-unencrypted' })
      expect(by(changed.sg)).toMatchObject({ change: 'changed', changes: ['ingress rule tcp 22 from 0.0.0.0/0 added'] })
      expect(by(changed.bucket)?.changes).toEqual([
        'attributes.publicAccessBlock: none → blockPublicAcls=true, blockPublicPolicy=true, ignorePublicAcls=true, restrictPublicBuckets=true',
      ])
    })

    it('diff lists the new and resolved findings', async () => {
      const d = JSON.parse((await cli('diff', '--from', '1', '--to', '2', '--format', 'json')).stdout) as Drift
      expect(d.counts.findings).toEqual({ new: 1, resolved: 3, reopened: 0, muted: 0, unmuted: 0 })
      expect(d.findings.map((f) => [f.kind, f.checkId, f.resourceUid]).sort()).toEqual(
        [
          ['new', 'aws-ec2-sg-no-ssh-from-internet', changed.sg],
          ['resolved', 'aws-ec2-volume-encrypted', changed.deleted],
          ['resolved', 'aws-s3-bucket-policy-no-public-read', changed.bucket],
          ['resolved', 'aws-s3-bucket-public-access-block-enabled', changed.bucket],
        ].sort(),
      )
      const table = await cli('diff')
      expect(table.stdout).toContain('ingress rule tcp 22 from 0.0.0.0/0 added')
      expect(table.stdout).toContain('Findings: 1 new, 3 resolved, 0 reopened')
    })

    it('findings shows lifecycle states and counts', async () => {
      const all = await cli('findings', '--status', 'open,reopened,resolved,muted', '--format', 'json')
      expect(all.code, all.stderr).toBe(0)
      const { counts, findings } = JSON.parse(all.stdout) as { counts: Record<string, number>; findings: FindingRecord[] }
      expect(counts.resolved).toBe(3)
      expect(counts.reopened).toBe(0)
      const scans = JSON.parse((await cli('scans', 'list', '--format', 'json')).stdout) as ScanRecord[]
      // Every open finding is one the latest scan failed on (its fail count, muted ones aside).
      expect(counts.open).toBe(scans[0]!.summary!.fail)
      const ssh = findings.find((f) => f.checkId === 'aws-ec2-sg-no-ssh-from-internet' && f.resourceUid === changed.sg)
      expect(ssh).toMatchObject({ state: 'open', firstSeenSeq: 2 })
      const volume = findings.find((f) => f.resourceUid === changed.deleted)
      expect(volume).toMatchObject({ state: 'resolved', firstSeenSeq: 1, resolvedSeq: 2 })
      const resolvedOnly = JSON.parse((await cli('findings', '--status', 'resolved', '--format', 'json')).stdout) as { findings: FindingRecord[] }
      expect(resolvedOnly.findings.map((f) => f.resourceUid).sort()).toEqual([changed.bucket, changed.bucket, changed.deleted].sort())
    })

    it('inventory --at the first scan still holds the deleted volume; the latest does not', async () => {
      const first = JSON.parse((await cli('inventory', '--at', '1', '--type', 'aws.ec2.volume', '--format', 'json')).stdout) as {
        resources: { uid: string }[]
      }
      const latest = JSON.parse((await cli('inventory', '--type', 'aws.ec2.volume', '--format', 'json')).stdout) as { resources: { uid: string }[] }
      expect(first.resources.map((r) => r.uid)).toContain(changed.deleted)
      expect(first.resources.map((r) => r.uid)).not.toContain(changed.created)
      expect(latest.resources.map((r) => r.uid)).toContain(changed.created)
      expect(latest.resources.map((r) => r.uid)).not.toContain(changed.deleted)
    })

    it('baseline set 1 then diff --baseline reports the drift from it', async () => {
      expect((await cli('baseline', 'set', '1')).code).toBe(0)
      const d = JSON.parse((await cli('diff', '--baseline', '--format', 'json')).stdout) as Drift & { baseline: string }
      expect(d.baseline).toBe('default')
      expect(d.counts.resources, JSON.stringify(d.resources.map((x) => [x.uid, x.change, x.changes]))).toEqual({ added: 1, removed: 1, changed: 2 })
      expect((await cli('baseline', 'show')).stdout).toMatch(/Baseline "default": scan #1/)
    })
  })

  it('a scan that cannot run (no credentials) is recorded as failed with the reason, exit 3', async () => {
    const db = join(dir, 'no-credentials.db')
    const env = Object.fromEntries(Object.entries(CLI_ENV).filter(([k]) => !k.startsWith('AWS_')))
    const r = await runCli(['scan', 'aws', '--regions', 'us-east-1', '--database', db], {
      ...env,
      AWS_CONFIG_FILE: join(dir, 'no-aws-config'),
      AWS_SHARED_CREDENTIALS_FILE: join(dir, 'no-aws-credentials'),
      AWS_EC2_METADATA_DISABLED: 'true',
    })
    expect(r.code).toBe(3)
    const store = await openStore(db)
    try {
      const [failed] = await store.listScans()
      expect(failed).toMatchObject({ status: 'failed', finishedAt: expect.any(String) as string })
      expect(failed!.error).toMatch(/No usable AWS credentials/)
    } finally {
      await store.close()
    }
  })

  it('SIGTERM mid-scan marks the scan interrupted; the next scan records fine', async () => {
    const db = join(dir, 'interrupted.db')
    const child = spawn(
      process.execPath,
      [join(PROJECT_ROOT, 'bin', 'posture.js'), 'scan', 'aws', '--endpoint', moto.url, '--database', db, '--quiet'],
      {
        cwd: PROJECT_ROOT,
        env: CLI_ENV,
        stdio: 'ignore',
      },
    )
    const exited = new Promise<number | null>((done) => child.on('exit', (code, signal) => done(code ?? (signal ? -1 : null))))
    // Wait (bounded) until the scan is recorded as running, then interrupt it.
    const deadline = Date.now() + 60_000
    let running = false
    while (!running && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100))
      if (!existsSync(db)) continue
      const store = await openStore(db)
      running = (await store.listScans()).some((s) => s.status === 'running')
      await store.close()
    }
    expect(running, 'the scan never showed as running').toBe(true)
    child.kill('SIGTERM')
    expect(await exited).toBe(143)
    const store = await openStore(db)
    try {
      expect((await store.listScans()).map((s) => [s.status, s.error])).toEqual([['interrupted', 'interrupted by signal']])
    } finally {
      await store.close()
    }
    const next = await runCli(['scan', 'aws', '--endpoint', moto.url, '--regions', DEMO_REGIONS.join(','), '--database', db, '--quiet'])
    expect(next.code, next.stderr).toBe(0)
    const scans = JSON.parse((await runCli(['scans', 'list', '--format', 'json', '--database', db])).stdout) as ScanRecord[]
    expect(scans.map((s) => s.status)).toEqual([scans[0]!.collectionErrors > 0 ? 'partial' : 'complete', 'interrupted'])
  })

  it('--no-store scans without recording anything, and the JSON report still matches the schema', async () => {
    const db = location.get('sqlite')!
    const before = JSON.parse((await runCli(['scans', 'list', '--format', 'json', '--database', db])).stdout) as ScanRecord[]
    const r = await scan(db, '--no-store', '--format', 'json')
    expect(r.code, r.stderr).toBe(0)
    const report = JSON.parse(r.stdout) as Report
    expect(report.findings.every((f) => !('fingerprint' in f))).toBe(true)
    const ajv = new Ajv2020({ allErrors: true, strict: false })
    addFormats.default(ajv)
    const validate = ajv.compile(JSON.parse(readFileSync(join(PROJECT_ROOT, 'schema', 'report.schema.json'), 'utf8')) as object)
    validate(report)
    expect(validate.errors ?? [], 'schema errors').toEqual([])
    const after = JSON.parse((await runCli(['scans', 'list', '--format', 'json', '--database', db])).stdout) as ScanRecord[]
    expect(after).toEqual(before)
  })
})

describe('the store is opened before any scanning', () => {
  it('an unreachable database: one clear line, exit 3', async () => {
    const r = await runCli(['scan', 'aws', '--endpoint', 'http://127.0.0.1:9', '--database', 'postgres://posture:posture@127.0.0.1:9/nothing'])
    expect(r.code).toBe(3)
    expect(r.stderr).toMatch(/posture: error: Cannot open the store at postgres:\/\/posture:\*\*\*@127\.0\.0\.1:9\/nothing/)
    // The endpoint (also unreachable) was never tried: the store failed first.
    expect(r.stderr).not.toMatch(/Cannot reach endpoint/)
  })

  it('a foreign SQLite file: refused (exit 2) and left byte-identical', async () => {
    const file = join(dir, 'foreign.db')
    const db = new SQLite(file)
    db.exec('create table invoices (id integer primary key, total real); insert into invoices (total) values (9.5)')
    db.close()
    const bytes = readFileSync(file)
    const r = await runCli(['scan', 'aws', '--endpoint', 'http://127.0.0.1:9', '--database', file])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/is a SQLite database of another application \(tables: invoices\); refusing to touch it/)
    expect(readFileSync(file).equals(bytes)).toBe(true)
  })

  it('a file that is not a database: refused (exit 2)', async () => {
    const file = join(dir, 'notes.txt')
    writeFileSync(file, 'not a database, just some notes\n'.repeat(50))
    const r = await runCli(['scans', 'list', '--database', file])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/is not a usable SQLite database/)
  })
})
