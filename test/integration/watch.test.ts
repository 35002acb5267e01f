/**
 * `posture watch` as a real process against moto and a temp SQLite store: scheduled scans are recorded, SIGTERM
 * during a scan lets it finish and exits 0, a scan that cannot finish is marked interrupted on a second signal, and
 * bad input (database, schedule) fails before anything is scheduled. Every wait is bounded.
 */
import { spawn, execFile, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer as createHttpServer, request, type Server } from 'node:http'
import { createServer as createTcpServer, type Socket } from 'node:net'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PROJECT_ROOT, startMoto, type MotoServer } from '../../scripts/lib/moto.js'
import { openStore } from '../../src/store/open.js'
import type { ScanRecord, Store } from '../../src/store/types.js'

// The emulator accepts any static credentials; never let a developer's real ones (or profile) be picked up.
const EMULATOR_ENV = { AWS_ACCESS_KEY_ID: 'testing', AWS_SECRET_ACCESS_KEY: 'testing', AWS_REGION: 'us-east-1', NO_COLOR: '1' }
const CLI = join(PROJECT_ROOT, 'bin', 'posture.js')

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** Polls `probe` every 250 ms until it returns a value; fails after `timeoutMs` instead of hanging. */
async function waitFor<T>(probe: () => Promise<T | undefined> | T | undefined, timeoutMs: number, what: string): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await probe()
    if (value !== undefined) return value
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)
    await sleep(250)
  }
}

/** A `posture watch` child process with its stderr collected and its exit awaited (never rejects). */
interface Watch {
  child: ChildProcess
  stderr: () => string
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
}

function startWatch(args: string[]): Watch {
  let stderr = ''
  const child = spawn(process.execPath, [CLI, 'watch', ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...EMULATOR_ENV },
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()))
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.on('exit', (code, signal) => done({ code, signal })),
  )
  return { child, stderr: () => stderr, exited }
}

/** Waits at most `timeoutMs` for the process to exit; kills it (and fails) otherwise, so no test leaves it behind. */
async function exitWithin(w: Watch, timeoutMs: number): Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }> {
  const t0 = Date.now()
  const timer = sleep(timeoutMs).then(() => 'timeout' as const)
  const result = await Promise.race([w.exited, timer])
  if (result === 'timeout') {
    w.child.kill('SIGKILL')
    throw new Error(`posture watch did not exit within ${timeoutMs} ms; stderr:\n${w.stderr()}`)
  }
  return { ...result, ms: Date.now() - t0 }
}

/** Runs a CLI command to completion (bounded) and resolves with exit code and output. */
function runCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      { cwd: PROJECT_ROOT, env: { ...process.env, ...EMULATOR_ENV }, timeout: 60_000 },
      (err, stdout, stderr) => done({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr }),
    )
  })
}

/** An HTTP proxy to moto that can delay every request, so that a scan is reliably still running when signalled. */
async function startDelayProxy(target: string): Promise<{ url: string; setDelay(ms: number): void; close(): Promise<void> }> {
  let delayMs = 0
  const upstream = new URL(target)
  const server: Server = createHttpServer((req, res) => {
    const forward = () => {
      const out = request({ host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers }, (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers)
        up.pipe(res)
      })
      out.on('error', () => res.destroy())
      req.pipe(out)
    }
    if (delayMs > 0) setTimeout(forward, delayMs)
    else forward()
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    setDelay: (ms) => (delayMs = ms),
    close: () => new Promise<void>((r) => (server.closeAllConnections(), server.close(() => r()))),
  }
}

/** A TCP endpoint that accepts connections and never answers: a scan against it cannot finish. */
async function startBlackHole(): Promise<{ url: string; close(): Promise<void> }> {
  const sockets = new Set<Socket>()
  const server = createTcpServer((s) => (sockets.add(s), s.on('close', () => sockets.delete(s))))
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((r) => (sockets.forEach((s) => s.destroy()), server.close(() => r()))),
  }
}

function writeConfig(dir: string, endpoint: string, schedule: string): string {
  const file = join(dir, 'posture.yaml')
  writeFileSync(
    file,
    [
      'targets:',
      '  - name: moto-account',
      '    provider: aws',
      `    endpoint: ${endpoint}`,
      '    regions: [us-east-1]',
      `    schedule: "${schedule}"`,
      '',
    ].join('\n'),
  )
  return file
}

/** `posture scans list --format json` through the real CLI. */
async function scansList(database: string): Promise<ScanRecord[]> {
  const out = await runCli(['scans', 'list', '--format', 'json', '--database', database])
  expect(out.code, out.stderr).toBe(0)
  return JSON.parse(out.stdout) as ScanRecord[]
}

describe('posture watch (moto, SQLite)', () => {
  let moto: MotoServer
  let dir: string

  beforeAll(async () => {
    moto = await startMoto()
    dir = mkdtempSync(join(tmpdir(), 'posture-watch-'))
  })
  afterAll(async () => {
    await moto?.stop()
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  it('runs scheduled scans, and on SIGTERM lets the running scan finish, then exits 0', async () => {
    const proxy = await startDelayProxy(moto.url)
    const database = join(dir, 'scheduled.db')
    const config = writeConfig(dir, proxy.url, '*/2 * * * * *')
    const w = startWatch(['--config', config, '--database', database])
    let store: Store | undefined
    try {
      // Open the store only once watch has opened (and migrated) it.
      await waitFor(() => (w.stderr().includes('posture watch: scheduled target=moto-account') ? true : undefined), 60_000, 'watch to schedule')
      store = await openStore(database)
      const finished = (scans: ScanRecord[]) => scans.filter((s) => s.status === 'complete' || s.status === 'partial')
      await waitFor(async () => (finished(await store!.listScans()).length >= 2 ? true : undefined), 60_000, 'two recorded scans')

      // Slow the emulator down so that the next scan is certainly mid-way when the signal arrives.
      proxy.setDelay(300)
      const before = (await store.listScans()).length
      const running = await waitFor(
        async () => (await store!.listScans()).find((s, i, all) => all.length > before && s.status === 'running'),
        30_000,
        'a running scan',
      )
      w.child.kill('SIGTERM')
      const exit = await exitWithin(w, 75_000)
      expect(exit, w.stderr()).toMatchObject({ code: 0, signal: null })

      const scans = await scansList(database)
      expect(scans.length).toBeGreaterThanOrEqual(3)
      expect(scans.filter((s) => s.status === 'running')).toEqual([])
      for (const s of scans) {
        expect(['complete', 'partial'], `scan ${s.seq}: ${s.error ?? ''}`).toContain(s.status)
        expect(s.target).toBe('moto-account')
      }
      // The scan signalled mid-way finished instead of being cut short.
      expect(scans.find((s) => s.id === running.id)?.status).toMatch(/^(complete|partial)$/)
      const log = w.stderr()
      expect(log).toContain('SIGTERM received')
      expect(log).toMatch(new RegExp(`end target=moto-account scan=${running.id} status=(complete|partial) resources=\\d+ fail=\\d+`))
      expect(log.match(/posture watch: start target=moto-account scan=[0-9a-f-]{36}\n/g)?.length).toBe(scans.length)
    } finally {
      w.child.kill('SIGKILL')
      await store?.close()
      await proxy.close()
    }
  })

  it('--once runs every target once and exits 0', async () => {
    const database = join(dir, 'once.db')
    const config = writeConfig(dir, moto.url, '0 3 * * *')
    const w = startWatch(['--config', config, '--database', database, '--once'])
    const exit = await exitWithin(w, 90_000)
    expect(exit, w.stderr()).toMatchObject({ code: 0 })
    const scans = await scansList(database)
    // Partial where the emulator lacks an API (collection errors), complete otherwise; never running or failed.
    expect(scans.map((s) => [s.target, s.status])).toEqual([['moto-account', scans[0]!.collectionErrors > 0 ? 'partial' : 'complete']])
  })

  it('a scan that cannot finish is marked interrupted on a second signal; exit 0, nothing left running', async () => {
    const hole = await startBlackHole()
    const database = join(dir, 'interrupted.db')
    const config = writeConfig(dir, hole.url, '0 3 * * *')
    const w = startWatch(['--config', config, '--database', database, '--once'])
    try {
      await waitFor(() => (/start target=moto-account scan=/.test(w.stderr()) ? true : undefined), 60_000, 'the scan to start')
      w.child.kill('SIGTERM')
      await waitFor(() => (w.stderr().includes('SIGTERM received') ? true : undefined), 10_000, 'the first signal to be handled')
      w.child.kill('SIGTERM')
      const exit = await exitWithin(w, 20_000)
      expect(exit, w.stderr()).toMatchObject({ code: 0 })
      expect(w.stderr()).toMatch(/posture watch: marked scan [0-9a-f-]{36} \(target moto-account\) as interrupted/)
      const scans = await scansList(database)
      expect(scans).toHaveLength(1)
      expect(scans[0]).toMatchObject({
        status: 'interrupted',
        error: expect.stringMatching(/^interrupted: posture watch received SIGTERM/) as string,
      })
      expect(scans[0]?.finishedAt).not.toBeNull()
    } finally {
      w.child.kill('SIGKILL')
      await hole.close()
    }
  })

  it('refuses a foreign database file before scheduling anything, and leaves it untouched', async () => {
    const database = join(dir, 'not-a-db.db')
    writeFileSync(database, 'this is not a SQLite database\n'.repeat(200))
    const config = writeConfig(dir, moto.url, '*/2 * * * * *')
    const w = startWatch(['--config', config, '--database', database])
    const exit = await exitWithin(w, 30_000)
    expect(exit.code).toBe(2)
    expect(w.stderr()).toMatch(/posture: error: .*not-a-db\.db is not a usable SQLite database/)
    expect(w.stderr()).not.toContain('scheduled target=')
    expect(readFileSync(database, 'utf8')).toBe('this is not a SQLite database\n'.repeat(200))
  })

  it('names the file, line and field of an invalid schedule, skips a target whose checks match nothing, exits 2 when none is left', async () => {
    const config = writeConfig(dir, moto.url, '61 * * * *')
    writeFileSync(
      config,
      `${readFileSync(config, 'utf8')}  - name: typo\n    provider: aws\n    checks: [aws-s3-bukcet-*]\n    schedule: "0 3 * * *"\n`,
    )
    const w = startWatch(['--config', config, '--database', join(dir, 'bad-schedule.db')])
    const exit = await exitWithin(w, 30_000)
    expect(exit.code).toBe(2)
    expect(w.stderr()).toContain(`posture: warning: ${config}:6: targets[0].schedule: target "moto-account": invalid cron expression "61 * * * *"`)
    expect(w.stderr()).toContain(`posture: warning: ${config}: target "typo": checks aws-s3-bukcet-* match no AWS check; target skipped`)
    expect(w.stderr()).toContain(`posture: error: No valid scan target in ${config}`)
    expect(w.stderr()).not.toContain('scheduled target=')
  })
})
