import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'

const BIN = fileURLToPath(new URL('../../bin/posture.js', import.meta.url))
// Scans are recorded in the store: keep it out of the developer's data directory.
const HOME = mkdtempSync(join(tmpdir(), 'posture-cli-'))
afterAll(() => rmSync(HOME, { recursive: true, force: true }))

/** Runs the real CLI with a clean AWS environment (no credentials unless given). */
function posture(args: string[], env: Record<string, string> = {}) {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('AWS_') && !k.startsWith('POSTURE_')))
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: {
      ...clean,
      AWS_CONFIG_FILE: '/nonexistent/config',
      AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/credentials',
      AWS_EC2_METADATA_DISABLED: 'true',
      POSTURE_HOME: HOME,
      ...env,
    },
    timeout: 60_000,
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

const FAKE = { AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE', AWS_SECRET_ACCESS_KEY: 'secret', AWS_REGION: 'us-east-1' }

describe('posture CLI: bad input gets one clear line and a documented exit code', () => {
  const cases = [
    { name: 'unknown flag', args: ['scan', 'aws', '--bogus'], code: 2, stderr: /unknown option '--bogus'/ },
    { name: 'invalid region', args: ['scan', 'aws', '--regions', 'us-east-1,mars-north-9x'], code: 2, stderr: /Invalid region name "mars-north-9x"/ },
    { name: 'invalid format', args: ['scan', 'aws', '--format', 'xml'], code: 2, stderr: /Allowed choices are table, json/ },
    { name: 'invalid severity', args: ['scan', 'aws', '--fail-on', 'urgent'], code: 2, stderr: /Invalid --fail-on "urgent"/ },
    { name: 'bad endpoint URL', args: ['scan', 'aws', '--endpoint', 'not a url'], code: 2, stderr: /Invalid --endpoint/ },
    { name: 'no check matches', args: ['scan', 'aws', '--checks', 'nope-*'], code: 2, stderr: /No aws check matches --checks\/--severity/ },
    { name: 'unknown profile', args: ['scan', 'aws', '--profile', 'ghost'], code: 2, stderr: /Profile "ghost" not found/ },
    {
      name: 'no credentials',
      args: ['scan', 'aws', '--regions', 'us-east-1'],
      code: 3,
      stderr: /No usable AWS credentials[\s\S]*hint: Provide credentials/,
    },
    {
      name: 'unreachable endpoint',
      args: ['scan', 'aws', '--endpoint', 'http://127.0.0.1:9'],
      env: FAKE,
      code: 3,
      stderr: /Cannot reach endpoint http:\/\/127\.0\.0\.1:9/,
    },
  ]
  it.each(cases)(
    '$name → exit $code',
    ({ args, env, code, stderr }) => {
      const r = posture(args, env)
      expect(r.code).toBe(code)
      expect(r.stderr).toMatch(stderr)
      expect(r.stderr).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/) // no stack trace without --debug
    },
    60_000,
  )

  it('lists checks as JSON with metadata', () => {
    const r = posture(['checks', 'list', '--provider', 'aws', '--format', 'json'])
    expect(r.code).toBe(0)
    const list = JSON.parse(r.stdout) as { id: string; service: string; severity: string; categories: string[]; remediation: { steps: string[] } }[]
    // Issue 3's bar: at least 250 AWS checks over at least 35 services.
    expect(list.length).toBeGreaterThanOrEqual(250)
    expect(new Set(list.map((c) => c.service)).size).toBeGreaterThanOrEqual(35)
    expect(list.every((c) => c.id.startsWith('aws-') && c.remediation.steps.length > 0 && c.categories.length > 0)).toBe(true)
  }, 60_000)

  it('filters the list by category, and refuses an unknown one', () => {
    const r = posture(['checks', 'list', '--category', 'secrets,data-exposure', '--format', 'json'])
    expect(r.code).toBe(0)
    const list = JSON.parse(r.stdout) as { categories: string[] }[]
    expect(list.length).toBeGreaterThan(10)
    expect(list.every((c) => c.categories.includes('secrets') || c.categories.includes('data-exposure'))).toBe(true)
    const bad = posture(['checks', 'list', '--category', 'secret'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/Invalid --category "secret"/)
  }, 60_000)
})
