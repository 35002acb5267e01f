import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { main } from '../main.js'
import type { SuppressionStatus } from '../suppression-sync.js'

const dir = mkdtempSync(join(tmpdir(), 'posture-mute-'))
const db = join(dir, 'posture.db')
const config = join(dir, 'posture.yaml')
afterAll(() => rmSync(dir, { recursive: true, force: true }))
beforeAll(() => {
  writeFileSync(
    config,
    `suppressions:
  - id: from-file
    checks: aws-iam-*
    reason: Break-glass user, audited monthly
    owner: security
  - checks: aws-kms-*
    reason: short
    owner: sec
`,
  )
})

/** Runs the CLI in-process; returns exit code and captured output. */
async function posture(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((stdout += String(s)), true))
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((stderr += String(s)), true))
  try {
    const code = await main(['node', 'posture', ...args, '--database', db, '--config', config])
    return { code, stdout, stderr }
  } finally {
    out.mockRestore()
    err.mockRestore()
  }
}

async function list(): Promise<SuppressionStatus[]> {
  const r = await posture('mute', 'list', '--format', 'json')
  expect(r.code).toBe(0)
  return JSON.parse(r.stdout) as SuppressionStatus[]
}

const ADD = [
  'mute',
  'add',
  '--checks',
  'aws-s3-bucket-public-*',
  '--resource',
  'arn:aws:s3:::www-*',
  '--tag',
  'env=prod',
  '--reason',
  'Static website, public by design',
  '--owner',
  'web-team',
]

describe('posture mute', () => {
  let id = ''

  it('add stores a CLI suppression and prints its id', async () => {
    const r = await posture(...ADD, '--expires', '2099-12-31')
    expect(r.code).toBe(0)
    id = r.stdout.trim()
    expect(id).toMatch(/^cli-[0-9a-f]{12}$/)
    expect(r.stderr).toContain(`suppression ${id} added (until 2099-12-31T23:59:59.999Z)`)
    // The config file's invalid entry is a warning, not a failure.
    expect(r.stderr).toMatch(/posture: warning: .*posture\.yaml:7: suppressions\[1\]\.reason: reason must say why/)
  })

  it('add with the same scope updates the same suppression', async () => {
    const r = await posture(...ADD, '--owner', 'platform')
    expect(r.stdout.trim()).toBe(id)
    expect(r.stderr).toContain('updated')
  })

  it('list shows CLI and config suppressions with state and matches', async () => {
    const rows = await list()
    expect(rows.map((s) => [s.id, s.source, s.state, s.matchCount, s.unused])).toEqual([
      [id, 'cli', 'active', 0, true],
      ['from-file', 'config', 'active', 0, true],
    ])
    expect(rows[0]).toMatchObject({ owner: 'platform', tags: { env: 'prod' }, resources: 'arn:aws:s3:::www-*', expiresAt: null })
    const table = await posture('mute', 'list')
    expect(table.stdout).toMatch(/ID\s+SOURCE\s+STATE\s+EXPIRES\s+MATCHES\s+LAST MATCH/)
    expect(table.stdout).toContain('2 suppression(s) matched nothing in the last 30 days (or ever)')
  })

  it.each([
    {
      name: 'short reason and bad tag',
      args: ['mute', 'add', '--checks', 'aws-s3-*', '--tag', 'env', '--reason', 'todo', '--owner', 'x'],
      stderr: /--tag #1: "env" is not key=value; --reason: reason must say why/,
    },
    {
      name: 'bad expiry',
      args: ['mute', 'add', '--checks', 'aws-s3-*', '--reason', 'Accepted for now, see ticket', '--owner', 'x', '--expires', '31/12/2026'],
      stderr: /--expires: "31\/12\/2026" is not a date/,
    },
    {
      name: 'past expiry',
      args: ['mute', 'add', '--checks', 'aws-s3-*', '--reason', 'Accepted for now, see ticket', '--owner', 'x', '--expires', '2020-01-01'],
      stderr: /already past/,
    },
    {
      name: 'missing owner',
      args: ['mute', 'add', '--checks', 'aws-s3-*', '--reason', 'Accepted for now, see ticket'],
      stderr: /required option '--owner <who>'/,
    },
    {
      name: 'id of a config entry',
      args: ['mute', 'add', '--id', 'from-file', '--checks', 'aws-s3-*', '--reason', 'Accepted for now, see ticket', '--owner', 'x'],
      stderr: /defined in the config file/,
    },
    { name: 'remove a config entry', args: ['mute', 'remove', 'from-file'], stderr: /Delete the entry from the config file/ },
    { name: 'remove an unknown id', args: ['mute', 'remove', 'nope'], stderr: /No suppression "nope"/ },
  ])('$name → exit 2, nothing stored', async ({ args, stderr }) => {
    const before = await list()
    const r = await posture(...args)
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(stderr)
    expect(await list()).toEqual(before)
  })

  it('remove deletes a CLI suppression', async () => {
    const r = await posture('mute', 'remove', id)
    expect(r.code).toBe(0)
    expect((await list()).map((s) => s.id)).toEqual(['from-file'])
  })
})
