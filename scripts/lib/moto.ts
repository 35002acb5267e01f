/**
 * The moto emulator (one HTTP endpoint serving every AWS service) for the demo, the benchmark and the
 * integration tests: find or install `moto_server`, start it on a free loopback port, reset it, stop it.
 */
import { spawn } from 'node:child_process'
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

// Seeding and benchmark clients run on Node 20 here; the SDK's Node 22 notice is documented in the README instead.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true'

/** The repository root (scripts/lib/ is two levels below it). */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')

/** The moto release the harness installs when none is available; pinned so emulator quirks stay reproducible. */
export const MOTO_VERSION = '5.2.1'

const START_TIMEOUT_MS = 60_000

/** A running moto server. */
export interface MotoServer {
  /** Base URL, e.g. http://127.0.0.1:41234 — pass it as the endpoint of every SDK client. */
  url: string
  port: number
  /** Path of the server's log file (stdout and stderr). */
  logFile: string
  /** Clears every service's state (POST /moto-api/reset). */
  reset(): Promise<void>
  /** Stops the server and its children; safe to call more than once. */
  stop(): Promise<void>
}

/** Runs a command and resolves with its exit code and combined output (never rejects). */
function run(cmd: string, args: readonly string[], options: { cwd?: string; timeoutMs?: number } = {}): Promise<{ code: number; output: string }> {
  return new Promise((done) => {
    let output = ''
    const child = spawn(cmd, args, { cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] })
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 30_000)
    child.stdout.on('data', (d: Buffer) => (output += d.toString()))
    child.stderr.on('data', (d: Buffer) => (output += d.toString()))
    child.on('error', (err) => {
      clearTimeout(timer)
      done({ code: -1, output: `${output}${err.message}` })
    })
    child.on('close', (code) => {
      clearTimeout(timer)
      done({ code: code ?? -1, output })
    })
  })
}

/** True when `moto_server -h` runs (a pyenv shim may exist without moto behind it). */
async function motoRuns(cmd: string): Promise<boolean> {
  return (await run(cmd, ['-h'])).code === 0
}

/** Last `lines` lines of a text, for error messages. */
function tail(text: string, lines = 20): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n')
}

/** Creates <project>/.venv and installs the pinned moto server into it; returns the executable path. */
async function installMoto(venv: string): Promise<string> {
  console.log(`moto_server not found: installing moto[server]==${MOTO_VERSION} into ${venv} (first use takes a while)`)
  if (!existsSync(join(venv, 'bin', 'pip'))) {
    const made = await run('python3', ['-m', 'venv', venv], { timeoutMs: 120_000 })
    if (made.code !== 0) throw new Error(`python3 -m venv ${venv} failed (is python3 with venv installed?):\n${tail(made.output)}`)
  }
  const pip = await run(join(venv, 'bin', 'pip'), ['install', '--disable-pip-version-check', '-q', `moto[server]==${MOTO_VERSION}`], {
    timeoutMs: 600_000,
  })
  const bin = join(venv, 'bin', 'moto_server')
  if (pip.code !== 0 || !existsSync(bin)) throw new Error(`pip install moto[server]==${MOTO_VERSION} failed:\n${tail(pip.output)}`)
  return bin
}

let ensured: Promise<string> | undefined

/**
 * Path of a moto_server executable: $POSTURE_MOTO_SERVER, else <project>/.venv/bin/moto_server, else
 * `moto_server` on PATH if it runs, else a fresh install into <project>/.venv.
 */
export function ensureMoto(): Promise<string> {
  ensured ??= (async () => {
    const fromEnv = process.env.POSTURE_MOTO_SERVER
    if (fromEnv) return fromEnv
    const venv = join(PROJECT_ROOT, '.venv')
    const local = join(venv, 'bin', 'moto_server')
    if (existsSync(local)) return local
    if (await motoRuns('moto_server')) return 'moto_server'
    return installMoto(venv)
  })()
  ensured.catch(() => (ensured = undefined))
  return ensured
}

/** A TCP port that is free on 127.0.0.1 right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const srv = createServer()
    srv.once('error', fail)
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address()
      const port = typeof addr === 'object' && addr ? addr.port : 0
      srv.close(() => (port ? done(port) : fail(new Error('no free port'))))
    })
  })
}

/** True once the server answers any HTTP response on /moto-api/. */
async function answers(url: string): Promise<boolean> {
  try {
    await fetch(`${url}/moto-api/`, { signal: AbortSignal.timeout(2_000) })
    return true
  } catch {
    return false
  }
}

/** Sends `signal` to the whole process group of `pid` (moto may fork workers); ignores a group already gone. */
function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal)
  } catch {
    // ESRCH: the group has exited already.
  }
}

/** Starts moto on a free 127.0.0.1 port and waits (up to 60 s) until it answers HTTP. */
export async function startMoto(): Promise<MotoServer> {
  const bin = await ensureMoto()
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const logFile = join(mkdtempSync(join(tmpdir(), 'posture-moto-')), 'moto.log')
  const fd = openSync(logFile, 'a')
  // detached: its own process group, so stop() can kill moto together with anything it forked.
  const child = spawn(bin, ['-H', '127.0.0.1', '-p', String(port)], { detached: true, stdio: ['ignore', fd, fd] })
  closeSync(fd)
  child.unref()
  let exited: string | undefined
  child.on('exit', (code, sig) => (exited = `exited with ${sig ?? code}`))
  child.on('error', (err) => (exited = `could not start: ${err.message}`))
  const pid = child.pid ?? 0
  const onExit = (): void => killGroup(pid, 'SIGKILL')
  const onSignal = (signal: NodeJS.Signals): void => {
    killGroup(pid, 'SIGKILL')
    // Re-raise with the default action so the parent still ends the way the signal asked.
    process.off('SIGINT', onSignal).off('SIGTERM', onSignal)
    process.kill(process.pid, signal)
  }
  process.on('exit', onExit).on('SIGINT', onSignal).on('SIGTERM', onSignal)

  const stop = async (): Promise<void> => {
    process.off('exit', onExit).off('SIGINT', onSignal).off('SIGTERM', onSignal)
    if (exited || !pid) return
    const gone = new Promise<void>((done) => child.once('exit', () => done()))
    // The handle was unref'd so a running emulator never keeps Node alive; while stopping it must, or a moto slower
    // than the SIGKILL timer to exit leaves nothing pending and Node quits silently before `gone` settles.
    child.ref()
    killGroup(pid, 'SIGTERM')
    const timer = setTimeout(() => killGroup(pid, 'SIGKILL'), 3_000)
    await gone
    clearTimeout(timer)
  }

  const deadline = Date.now() + START_TIMEOUT_MS
  while (!(await answers(url))) {
    if (exited || Date.now() > deadline) {
      await stop()
      const log = existsSync(logFile) ? tail(readFileSync(logFile, 'utf8')) : '(no log)'
      throw new Error(
        `moto_server (${bin}) on port ${port} ${exited ?? `did not answer within ${START_TIMEOUT_MS / 1000} s`}; log ${logFile}:\n${log}`,
      )
    }
    await new Promise((r) => setTimeout(r, 100))
  }

  const reset = async (): Promise<void> => {
    const res = await fetch(`${url}/moto-api/reset`, { method: 'POST' })
    if (!res.ok) throw new Error(`moto reset failed: HTTP ${res.status}`)
  }
  return { url, port, logFile, reset, stop }
}
