/**
 * Several processes opening the same new SQLite store at once (e.g. `posture watch` and a manual `posture scan`)
 * must all succeed: kysely's SQLite migrator has no cross-process lock, so the store retries a migration that lost
 * the race instead of failing with "table already exists" or refusing the half-created file as foreign.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'

const dir = mkdtempSync(join(tmpdir(), 'posture-concurrency-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const CHILD = fileURLToPath(new URL('../support/open-store.ts', import.meta.url))

/** Opens the store in a child process; resolves with its exit code and output. */
function openInChild(db: string): Promise<{ code: number | null; out: string }> {
  return new Promise((done) => {
    const p = spawn(process.execPath, ['--import', 'tsx', CHILD, db], { stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    p.stdout.on('data', (c: Buffer) => (out += c.toString()))
    p.stderr.on('data', (c: Buffer) => (out += c.toString()))
    p.on('exit', (code) => done({ code, out }))
  })
}

describe('concurrent first use of a SQLite store', () => {
  it.each([1, 2, 3])('four processes create the same new store at once (round %i)', async (round) => {
    const db = join(dir, `race-${round}.db`)
    const results = await Promise.all([1, 2, 3, 4].map(() => openInChild(db)))
    for (const r of results) expect(r, r.out).toMatchObject({ code: 0, out: 'opened\n' })
  })
})
