/**
 * Store benchmark (issue 4): record a 100,000-resource snapshot, then a second one with 1% of the resources changed,
 * on SQLite and on PostgreSQL, measuring the time and the bytes each adds, the time of resourceChanges() between them
 * (what `posture diff` runs) and of inventoryAt(); then two scans that also record every evaluated finding.
 * `npx tsx bench/store.ts` runs both databases (each in its own process) and rewrites the store section of
 * docs/benchmarks.md; `npm run bench` (bench/run.ts) runs the same phases after its own.
 * PostgreSQL needs POSTURE_BENCH_DATABASE_URL or POSTURE_TEST_DATABASE_URL (a role that may CREATE DATABASE).
 */
import { spawn } from 'node:child_process'
import { randomBytes, randomUUID } from 'node:crypto'
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import SQLite from 'better-sqlite3'
import pg from 'pg'
import { loadChecks } from '../src/checks/registry.js'
import { fingerprint } from '../src/core/fingerprint.js'
import { Inventory } from '../src/core/inventory.js'
import type { Resource } from '../src/core/resource.js'
import { evaluate } from '../src/evaluate/engine.js'
import { FRAMEWORKS } from '../src/frameworks/index.js'
import { complianceIndex } from '../src/frameworks/types.js'
import { openStore } from '../src/store/open.js'
import type { ScanFinding, Store } from '../src/store/types.js'
import { machineLine, writeDocSection } from './machine.js'
import { syntheticInventory } from './synthetic.js'

/** The databases measured. */
export type StoreDialect = 'sqlite' | 'postgres'
/** Figures of one database (see `storeSection` for their meaning). */
export type StoreFigures = Record<string, number>

const START = '<!-- bench/store.ts: start -->'
const END = '<!-- bench/store.ts: end -->'
/** Share of resources changed between the two snapshots. */
const CHANGED_SHARE = 0.01
const ACCOUNT_REGIONS = ['us-east-1', 'us-west-2', 'eu-west-1', 'eu-central-1', 'ap-southeast-2']

/** The PostgreSQL server to measure on, if any. */
export function benchPostgresUrl(): string | undefined {
  return process.env.POSTURE_BENCH_DATABASE_URL ?? process.env.POSTURE_TEST_DATABASE_URL
}

/** A fresh database for one phase, how to measure its size on disk, and how to remove it. */
interface BenchDatabase {
  location: string
  size(): Promise<number>
  /** Brings the planner's statistics up to date (PostgreSQL's autovacuum does so on its own a while after a load). */
  analyze(): Promise<void>
  drop(): Promise<void>
}

/** SQLite: a temp file; size = database file + WAL after a checkpoint (what stays on disk). */
function sqliteDatabase(): BenchDatabase {
  const dir = mkdtempSync(join(tmpdir(), 'posture-bench-store-'))
  const location = join(dir, 'posture.db')
  const fileSize = (path: string): number => (existsSync(path) ? statSync(path).size : 0)
  return {
    location,
    size() {
      // A second connection checkpoints the store's WAL into the main file (the store's connection is idle here).
      const db = new SQLite(location)
      try {
        db.pragma('wal_checkpoint(TRUNCATE)')
      } finally {
        db.close()
      }
      return Promise.resolve(fileSize(location) + fileSize(`${location}-wal`))
    },
    // SQLite plans these queries well without statistics (and the store's connection would not reload them).
    analyze: () => Promise.resolve(),
    drop: () => Promise.resolve(rmSync(dir, { recursive: true, force: true })),
  }
}

/** PostgreSQL: a new database `posture_bench_<random>`; size = pg_database_size. */
async function postgresDatabase(adminUrl: string): Promise<BenchDatabase> {
  const run = async <T>(url: string, text: string): Promise<T[]> => {
    const client = new pg.Client({ connectionString: url })
    await client.connect()
    try {
      return (await client.query(text)).rows as T[]
    } finally {
      await client.end()
    }
  }
  const name = `posture_bench_${randomBytes(6).toString('hex')}`
  await run(adminUrl, `create database ${name}`)
  const url = new URL(adminUrl)
  url.pathname = `/${name}`
  const location = url.toString()
  return {
    location,
    size: async () => Number((await run<{ n: string }>(location, 'select pg_database_size(current_database()) as n'))[0]?.n),
    analyze: async () => void (await run(location, 'analyze')),
    drop: async () => void (await run(adminUrl, `drop database if exists ${name} with (force)`)),
  }
}

/** Records one scan of `resources` (and `findings`); returns its seq and how long finishScan took. */
async function record(store: Store, resources: Resource[], findings: ScanFinding[], at: string): Promise<{ seq: number; ms: number }> {
  const account = resources[0]?.account ?? 'unknown'
  const scan = await store.beginScan({ id: randomUUID(), provider: 'aws', target: `aws:${account}`, startedAt: at, regions: ACCOUNT_REGIONS })
  const t0 = performance.now()
  await store.finishScan(
    scan.seq,
    { status: 'complete', finishedAt: at, accounts: [account], regions: ACCOUNT_REGIONS, stats: null, resources, collectionErrors: [], findings },
    { provider: 'aws', accounts: [account], regions: ACCOUNT_REGIONS },
  )
  return { seq: scan.seq, ms: performance.now() - t0 }
}

/** The second snapshot: every 100th resource gets a new tag (a content change), the rest is identical. */
function changeOnePercent(resources: Resource[]): Resource[] {
  const every = Math.round(1 / CHANGED_SHARE)
  return resources.map((r, i) => (i % every === every - 1 ? { ...r, tags: { ...r.tags, 'cost-center': 'cc-42' } } : r))
}

/** Every check over the inventory, fingerprinted the way src/scan/run.ts does (nothing muted). */
async function evaluated(resources: Resource[]): Promise<ScanFinding[]> {
  const findings = evaluate(await loadChecks(), new Inventory(resources), complianceIndex(FRAMEWORKS), new Date('2026-06-01T00:00:00Z'))
  return findings.map((f) => ({ ...f, fingerprint: fingerprint(f.checkId, f.resource.uid) }))
}

/** Child phase: all measures on one database. */
export async function phaseStore(dialect: StoreDialect, total: number): Promise<StoreFigures> {
  const pgUrl = benchPostgresUrl()
  if (dialect === 'postgres' && !pgUrl) throw new Error('set POSTURE_BENCH_DATABASE_URL or POSTURE_TEST_DATABASE_URL')
  const db = dialect === 'sqlite' ? sqliteDatabase() : await postgresDatabase(pgUrl!)
  const store = await openStore(db.location)
  try {
    const first = syntheticInventory(total)
    const second = changeOnePercent(first)
    const sizes = [await db.size()]
    const s1 = await record(store, first, [], '2026-06-01T00:00:00.000Z')
    sizes.push(await db.size())
    const s2 = await record(store, second, [], '2026-06-02T00:00:00.000Z')
    sizes.push(await db.size())
    let t = performance.now()
    const changes = await store.resourceChanges(s1.seq, s2.seq)
    const diffMs = performance.now() - t
    await db.analyze()
    t = performance.now()
    await store.resourceChanges(s1.seq, s2.seq)
    const diffAnalyzedMs = performance.now() - t
    t = performance.now()
    const inventory = await store.inventoryAt(s1.seq)
    const inventoryMs = performance.now() - t
    const findings = await evaluated(second)
    const s3 = await record(store, second, findings, '2026-06-03T00:00:00.000Z')
    sizes.push(await db.size())
    const s4 = await record(store, second, findings, '2026-06-04T00:00:00.000Z')
    sizes.push(await db.size())
    const added = (i: number): number => sizes[i]! - sizes[i - 1]!
    return {
      resources: first.length,
      changed: second.filter((r, i) => r !== first[i]).length,
      firstMs: s1.ms,
      firstBytes: added(1),
      secondMs: s2.ms,
      secondBytes: added(2),
      changes: changes.length,
      diffMs,
      diffAnalyzedMs,
      inventory: inventory.length,
      inventoryMs,
      findings: findings.length,
      stored: findings.filter((f) => f.status !== 'pass').length,
      thirdMs: s3.ms,
      thirdBytes: added(3),
      fourthMs: s4.ms,
      fourthBytes: added(4),
      peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
    }
  } finally {
    await store.close()
    await db.drop()
  }
}

const MiB = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(1)} MiB`
const sec = (ms: number): string => (ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`)

/** Markdown for the store section of docs/benchmarks.md (between markers, so it can be replaced alone). */
export function storeSection(results: Partial<Record<StoreDialect, StoreFigures>>, note = ''): string {
  const cols: StoreDialect[] = ['sqlite', 'postgres']
  const cell = (d: StoreDialect, f: (x: StoreFigures) => string): string => (results[d] ? f(results[d]) : 'not measured')
  const row = (label: string, f: (x: StoreFigures) => string): string => `| ${label} | ${cols.map((d) => cell(d, f)).join(' | ')} |`
  const any = results.sqlite ?? results.postgres
  const n = (v: number | undefined): string => (v ?? 0).toLocaleString('en')
  return [
    START,
    '## Store: scan history on SQLite and PostgreSQL',
    '',
    `Produced by \`npx tsx bench/store.ts\` (also part of \`npm run bench\`). Machine: ${machineLine()}.${note ? ` ${note}` : ''}`,
    '',
    '| Measure | SQLite | PostgreSQL |',
    '| --- | --- | --- |',
    row(`First snapshot (${n(any?.resources)} resources): time`, (x) => sec(x.firstMs!)),
    row('First snapshot: bytes added', (x) => MiB(x.firstBytes!)),
    row(`Second snapshot (${n(any?.changed)} resources changed): time`, (x) => sec(x.secondMs!)),
    row('Second snapshot: bytes added', (x) => MiB(x.secondBytes!)),
    row('`resourceChanges()` between them (`posture diff`), right after the load', (x) => `${sec(x.diffMs!)} (${n(x.changes)} changes)`),
    row('`resourceChanges()` again, planner statistics current', (x) => sec(x.diffAnalyzedMs!)),
    row('`inventoryAt()` of the first (`posture inventory --at`)', (x) => `${sec(x.inventoryMs!)} (${n(x.inventory)} resources)`),
    row(`Scan with findings, first time (${n(any?.findings)} findings, ${n(any?.stored)} non-passing): time`, (x) => sec(x.thirdMs!)),
    row('Scan with findings, first time: bytes added', (x) => MiB(x.thirdBytes!)),
    row('Same scan again, nothing changed: time', (x) => sec(x.fourthMs!)),
    row('Same scan again, nothing changed: bytes added', (x) => MiB(x.fourthBytes!)),
    row('Peak RSS of the benchmark process', (x) => `${x.peakRssMiB} MiB`),
    '',
    '- The snapshots are the synthetic inventory of the evaluation benchmark (bench/synthetic.ts); the second gives every ' +
      '100th resource a new tag. Times are `finishScan` (one transaction: inventory intervals, content-addressed resource ' +
      'bodies, findings, lifecycle), not collection. The two snapshots record no findings, so their figures are the inventory alone.',
    '- The scans with findings record the second snapshot again with every check evaluated over it: the first of them creates ' +
      "the findings' lifecycle rows and events; the second is a daily re-scan where nothing changed. Findings are kept as " +
      'history intervals like resources (passing ones too since store migration 0002, so a stored scan can be reported and ' +
      "evidenced in full: that roughly doubled the first scan's bytes and the unchanged re-scan's time at this size), so an " +
      "unchanged one adds nothing; what remains is the lifecycle rows' last-seen " +
      'update (on PostgreSQL, dead row versions until autovacuum reclaims them).',
    '- Bytes added: SQLite, database file plus WAL after `wal_checkpoint(TRUNCATE)`; PostgreSQL, `pg_database_size` (table, ' +
      'index and TOAST files; the server-wide WAL is not counted). Both use a fresh database per run on the local disk.',
    '- PostgreSQL plans `resourceChanges()` badly until the new rows have statistics: the second measure runs after `ANALYZE`, ' +
      'which autovacuum performs by itself within minutes of a large scan (SQLite needs none).',
    END,
  ].join('\n')
}

/** Runs `phaseStore` for one database in a child process (its own heap and peak RSS); resolves with its figures. */
export function storeChild(script: string, args: string[]): Promise<StoreFigures> {
  return new Promise((done, fail) => {
    const p = spawn(process.execPath, [...process.execArgv, script, ...args], { stdio: ['ignore', 'pipe', 'inherit'] })
    let out = ''
    p.stdout.on('data', (d: Buffer) => (out += d.toString()))
    p.on('exit', (code) => {
      const last = out.trim().split('\n').pop() ?? ''
      if (code === 0 && last.startsWith('{')) done(JSON.parse(last) as StoreFigures)
      else fail(new Error(`store bench ${args.join(' ')} failed (exit ${code})`))
    })
  })
}

/** Both databases (PostgreSQL only when a URL is set); the note says why one is missing. */
export async function measureStores(
  run: (dialect: StoreDialect) => Promise<StoreFigures>,
): Promise<{ results: Partial<Record<StoreDialect, StoreFigures>>; note: string }> {
  const results: Partial<Record<StoreDialect, StoreFigures>> = {}
  for (const dialect of ['sqlite', 'postgres'] as const) {
    if (dialect === 'postgres' && !benchPostgresUrl()) continue
    console.log(`store benchmark on ${dialect} ...`)
    results[dialect] = await run(dialect)
    console.log(`${dialect}:`, results[dialect])
  }
  const db = results.postgres
    ? `PostgreSQL ${await postgresVersion()} on the same machine.`
    : 'PostgreSQL not measured: no POSTURE_TEST_DATABASE_URL.'
  // The figures are wall times: on a shared machine other work slows them, so say how busy it was.
  return { results, note: `${db} Load average at the end: ${loadavg()[0]!.toFixed(1)}.` }
}

/** The PostgreSQL server's version, e.g. "15.18". */
async function postgresVersion(): Promise<string> {
  const client = new pg.Client({ connectionString: benchPostgresUrl() })
  await client.connect()
  try {
    return ((await client.query<{ server_version: string }>('show server_version')).rows[0]?.server_version ?? '?').split(' ')[0]!
  } finally {
    await client.end()
  }
}

const SCRIPT = fileURLToPath(import.meta.url)
const TOTAL = 100_000
// Run directly (not imported by bench/run.ts): `tsx bench/store.ts` measures both, `… phase <dialect>` is one child.
if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  const [mode, dialect] = process.argv.slice(2)
  const job =
    mode === 'phase'
      ? phaseStore(dialect as StoreDialect, TOTAL).then((r) => console.log(JSON.stringify(r)))
      : measureStores((d) => storeChild(SCRIPT, ['phase', d])).then(({ results, note }) => {
          const section = storeSection(results, note)
          writeDocSection(START, END, section)
          console.log(`\n${section}\nwritten to docs/benchmarks.md`)
        })
  job.then(
    () => process.exit(0),
    (err: unknown) => {
      console.error(`bench/store: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`)
      process.exit(1)
    },
  )
}
