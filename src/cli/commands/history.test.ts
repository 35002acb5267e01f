import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { PostureError } from '../../core/errors.js'
import { openStore } from '../../store/open.js'
import type { ScanRecord, Store } from '../../store/types.js'
import { main } from '../main.js'
import { baselineName } from './diff.js'
import { failedScan, finding, recordScan, resource } from './history-testing.js'
import { looksLikeTime, parseTime, positiveIntOption, requireFinished, resolveScanRef, statesOption } from './history-options.js'
import { sinceLine } from './scan.js'

describe('history option parsing', () => {
  const times = [
    { input: '2024-05-01', expected: '2024-05-01T23:59:59.999Z' },
    { input: '2024-05-01T10:00:00Z', expected: '2024-05-01T10:00:00.000Z' },
    { input: '2024-05-01T10:00', expected: '2024-05-01T10:00:00.000Z' },
    { input: '2024-05-01 10:00:30.5', expected: '2024-05-01T10:00:30.500Z' },
    { input: '2024-05-01T12:00:00+02:00', expected: '2024-05-01T10:00:00.000Z' },
  ]
  it.each(times)('parseTime($input) = $expected', ({ input, expected }) => {
    expect(parseTime('--at', input)).toBe(expected)
  })
  it.each(['yesterday', '2024-13-45', '2024-05-01T25:00', '1714557600', ''])('parseTime rejects %j naming the flag', (input) => {
    expect(() => parseTime('--since', input)).toThrow(/Invalid --since/)
  })
  it('tells times from scan references', () => {
    expect(looksLikeTime('2024-05-01')).toBe(true)
    expect(looksLikeTime('2024-05-01T10:00:00Z')).toBe(true)
    expect(looksLikeTime('12')).toBe(false)
    expect(looksLikeTime('1b4e28ba')).toBe(false)
  })
  it('validates --status, --limit and baseline names', () => {
    expect(statesOption(undefined, ['open'])).toEqual(['open'])
    expect(statesOption('resolved, muted,resolved', ['open'])).toEqual(['resolved', 'muted'])
    expect(() => statesOption('open,fixed', [])).toThrow(/Invalid --status "fixed"/)
    expect(positiveIntOption('--limit', '20', 50)).toBe(20)
    expect(positiveIntOption('--limit', undefined, 50)).toBe(50)
    expect(() => positiveIntOption('--limit', '0', 50)).toThrow(PostureError)
    expect(() => positiveIntOption('--limit', '2x', 50)).toThrow(/--limit "2x"/)
    expect(baselineName(true)).toBe('default')
    expect(baselineName('prod-approved')).toBe('prod-approved')
    expect(() => baselineName('bad name')).toThrow(/Invalid baseline name/)
  })
  it('sinceLine counts this scan’s lifecycle events', () => {
    const e = (kind: 'new' | 'resolved' | 'reopened' | 'muted') => ({ kind }) as Parameters<typeof sinceLine>[0][number]
    const prev = { seq: 1 } as ScanRecord
    expect(sinceLine([e('new'), e('new'), e('resolved')], prev)).toBe('Since the previous scan: 2 new, 1 resolved, 0 reopened.')
    expect(sinceLine([e('muted')], prev)).toBe('Since the previous scan: 0 new, 0 resolved, 0 reopened, 1 muted, 0 unmuted.')
    expect(sinceLine([e('new')], undefined)).toBe('First recorded scan: 1 finding(s) opened.')
  })
})

const SG = 'aws.ec2.security-group'
const corp = { protocol: 'tcp', fromPort: 22, toPort: 22, cidrIpv4: '10.0.0.0/8' }
const open22 = { protocol: 'tcp', fromPort: 22, toPort: 22, cidrIpv4: '0.0.0.0/0' }
const pab = { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true }

describe('history commands on a recorded SQLite store', () => {
  let dir: string
  let db: string
  const scans: ScanRecord[] = []

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'posture-history-'))
    db = join(dir, 'store.db')
    const store: Store = await openStore(db)
    const sg1 = resource(SG, 'admin', { groupId: 'sg-1', ingress: [corp], egress: [] })
    const bucket1 = resource('aws.s3.bucket', 'data', { publicAccessBlock: null })
    const volume = resource('aws.ec2.volume', 'scratch', { encrypted: false })
    scans.push(
      await recordScan(
        store,
        '2024-05-01T10:00:00.000Z',
        [sg1, bucket1, volume],
        [
          finding('aws-ec2-sg-no-ssh-from-internet', sg1, 'pass'),
          finding('aws-s3-bucket-public-access-block-enabled', bucket1, 'fail'),
          finding('aws-ec2-volume-encrypted', volume, 'fail'),
        ],
      ),
    )
    scans.push(await failedScan(store, '2024-05-02T10:00:00.000Z'))
    const sg3 = { ...sg1, attributes: { groupId: 'sg-1', ingress: [corp, open22], egress: [] } }
    const bucket3 = { ...bucket1, attributes: { publicAccessBlock: pab } }
    const bucket2 = resource('aws.s3.bucket', 'logs', { publicAccessBlock: null })
    scans.push(
      await recordScan(
        store,
        '2024-05-03T10:00:00.000Z',
        [sg3, bucket3, bucket2],
        [
          finding('aws-ec2-sg-no-ssh-from-internet', sg3, 'fail'),
          finding('aws-s3-bucket-public-access-block-enabled', bucket3, 'pass'),
          finding('aws-s3-bucket-public-access-block-enabled', bucket2, 'fail'),
        ],
      ),
    )
    await store.close()
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  /** Runs the CLI in-process; returns exit code, stdout and stderr. */
  async function posture(...args: string[]): Promise<{ code: number; out: string; err: string }> {
    let out = ''
    let err = ''
    const o = vi.spyOn(process.stdout, 'write').mockImplementation((c) => ((out += String(c)), true))
    const e = vi.spyOn(process.stderr, 'write').mockImplementation((c) => ((err += String(c)), true))
    try {
      const code = await main(['node', 'posture', ...args, '--database', db])
      return { code, out, err }
    } finally {
      o.mockRestore()
      e.mockRestore()
    }
  }

  it('resolves scans by seq, id, id prefix and time; refuses unknown and unfinished ones', async () => {
    const store = await openStore(db)
    try {
      const [s1, s2, s3] = scans as [ScanRecord, ScanRecord, ScanRecord]
      expect((await resolveScanRef(store, '--from', '1')).id).toBe(s1.id)
      expect((await resolveScanRef(store, '--from', '#3')).id).toBe(s3.id)
      expect((await resolveScanRef(store, '--from', s3.id)).seq).toBe(3)
      expect((await resolveScanRef(store, '--from', s3.id.slice(0, 8))).seq).toBe(3)
      // A time picks the last finished scan started at or before it (the failed scan #2 is skipped).
      expect((await resolveScanRef(store, '--at', '2024-05-02T12:00:00Z')).seq).toBe(1)
      expect((await resolveScanRef(store, '--at', '2024-05-03')).seq).toBe(3)
      await expect(resolveScanRef(store, '--at', '2024-04-30')).rejects.toThrow(/no finished scan at or before 2024-04-30T23:59:59.999Z/)
      const unknown = await resolveScanRef(store, '--from', '99').catch((e: unknown) => e as PostureError)
      expect([unknown instanceof PostureError, (unknown as PostureError).code, (unknown as PostureError).hint]).toEqual([
        true,
        'POSTURE_ERR_USAGE',
        'Run `posture scans list` to see scan ids, sequence numbers and times.',
      ])
      await expect(resolveScanRef(store, '--from', 'not-a-scan!')).rejects.toThrow(/Invalid --from/)
      expect(() => requireFinished('--from', s2)).toThrow(/is failed \(No usable AWS credentials\) and recorded no inventory/)
    } finally {
      await store.close()
    }
  })

  it('scans list --format json lists every scan, newest first', async () => {
    const r = await posture('scans', 'list', '--format', 'json')
    expect(r.code).toBe(0)
    const list = JSON.parse(r.out) as ScanRecord[]
    expect(list.map((s) => [s.seq, s.status])).toEqual([
      [3, 'complete'],
      [2, 'failed'],
      [1, 'complete'],
    ])
  })

  it('diff defaults to the previous finished scan → the latest, with field-level changes and netted findings', async () => {
    const r = await posture('diff', '--format', 'json')
    expect(r.code, r.err).toBe(0)
    const d = JSON.parse(r.out) as {
      from: ScanRecord
      to: ScanRecord
      counts: { resources: Record<string, number>; findings: Record<string, number> }
      resources: { change: string; name: string; changes: string[] }[]
      findings: { kind: string; checkId: string; resourceName: string }[]
    }
    expect([d.from.seq, d.to.seq]).toEqual([1, 3])
    expect(d.counts.resources).toEqual({ added: 1, removed: 1, changed: 2 })
    expect(d.resources.map((x) => [x.change, x.name, x.changes])).toEqual([
      ['added', 'logs', []],
      ['removed', 'scratch', []],
      ['changed', 'admin', ['ingress rule tcp 22 from 0.0.0.0/0 added']],
      [
        'changed',
        'data',
        ['attributes.publicAccessBlock: none → blockPublicAcls=true, blockPublicPolicy=true, ignorePublicAcls=true, restrictPublicBuckets=true'],
      ],
    ])
    expect(d.counts.findings).toEqual({ new: 2, resolved: 2, reopened: 0, muted: 0, unmuted: 0 })
    expect(d.findings.map((f) => [f.kind, f.checkId, f.resourceName]).sort()).toEqual([
      ['new', 'aws-ec2-sg-no-ssh-from-internet', 'admin'],
      ['new', 'aws-s3-bucket-public-access-block-enabled', 'logs'],
      ['resolved', 'aws-ec2-volume-encrypted', 'scratch'],
      ['resolved', 'aws-s3-bucket-public-access-block-enabled', 'data'],
    ])
  })

  it('diff as a table shows the field-level lines', async () => {
    const r = await posture('diff', '--from', '2024-05-01', '--to', '3')
    expect(r.code, r.err).toBe(0)
    expect(r.out).toContain('Resources: 1 added, 1 removed, 2 changed')
    expect(r.out).toContain('      ingress rule tcp 22 from 0.0.0.0/0 added')
    expect(r.out).toContain('Findings: 2 new, 2 resolved, 0 reopened')
  })

  it('findings filters by state and reports counts and time-to-resolve', async () => {
    const open = JSON.parse((await posture('findings', '--format', 'json')).out) as { counts: Record<string, number>; findings: unknown[] }
    expect(open.counts).toEqual({ open: 2, reopened: 0, resolved: 0, muted: 0 })
    const r = await posture('findings', '--status', 'resolved', '--format', 'json')
    const resolved = JSON.parse(r.out) as { counts: Record<string, number>; findings: { checkId: string; timeToResolveSeconds: number }[] }
    expect(resolved.counts.resolved).toBe(2)
    // First seen at scan 1's end (10:01), resolved at scan 3's end (May 3rd 10:01): two days.
    expect(resolved.findings.map((f) => f.timeToResolveSeconds)).toEqual([172_800, 172_800])
    expect((await posture('findings', '--since', '2024-05-03T00:00:00Z', '--format', 'json')).out).toContain('"open": 2')
  })

  it('baseline set / show / diff --baseline', async () => {
    expect((await posture('baseline', 'show')).code).toBe(2)
    const set = await posture('baseline', 'set', '1', '--name', 'approved')
    expect(set.out).toMatch(/Baseline "approved" set to scan #1/)
    const show = await posture('baseline', 'show', '--name', 'approved')
    expect(show.out).toMatch(/1 resource\(s\) added, 1 removed, 2 changed; 2 finding\(s\) new, 2 resolved/)
    const d = JSON.parse((await posture('diff', '--baseline', 'approved', '--format', 'json')).out) as { baseline: string; from: ScanRecord }
    expect([d.baseline, d.from.seq]).toEqual(['approved', 1])
    expect((await posture('baseline', 'set', '2')).err).toMatch(/scan #2 .* is failed/)
  })

  it('inventory --at shows the estate as it was', async () => {
    const before = JSON.parse((await posture('inventory', '--at', '2024-05-02', '--format', 'json')).out) as {
      scan: ScanRecord
      resources: { name: string }[]
    }
    expect(before.scan.seq).toBe(1)
    expect(before.resources.map((r) => r.name).sort()).toEqual(['admin', 'data', 'scratch'])
    const buckets = JSON.parse((await posture('inventory', '--type', 'aws.s3.bucket', '--format', 'json')).out) as { resources: { name: string }[] }
    expect(buckets.resources.map((r) => r.name).sort()).toEqual(['data', 'logs'])
    expect((await posture('inventory', '--at', '2024-05-01')).out).toMatch(/3 resource\(s\) of 3 type\(s\)/)
  })

  it('bad input: one clear line and exit 2', async () => {
    const cases = [
      { args: ['diff', '--from', '42'], err: /--from: no scan with id, id prefix or sequence number "42"/ },
      { args: ['diff', '--from', '3', '--to', '1'], err: /newer than --to/ },
      { args: ['diff', '--from', '1', '--baseline'], err: /--from and --baseline cannot be used together/ },
      { args: ['inventory', '--at', 'last week'], err: /Invalid --at "last week"/ },
      { args: ['findings', '--severity', 'urgent'], err: /Invalid --severity "urgent"/ },
      { args: ['scans', 'list', '--format', 'xml'], err: /Allowed choices are table, json/ },
    ]
    for (const c of cases) {
      const r = await posture(...c.args)
      expect(r.code, c.args.join(' ')).toBe(2)
      expect(r.err).toMatch(c.err)
    }
  })
})

describe('history commands on an empty store', () => {
  it('explain that there is nothing recorded yet', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'posture-history-empty-'))
    const err: string[] = []
    const e = vi.spyOn(process.stderr, 'write').mockImplementation((c) => (err.push(String(c)), true))
    const o = vi.spyOn(process.stdout, 'write').mockImplementation(() => true)
    try {
      expect(await main(['node', 'posture', 'diff', '--database', join(dir, 'x.db')])).toBe(2)
      expect(err.join('')).toMatch(/No finished scan recorded .*hint: Run `posture scan aws` first/s)
    } finally {
      e.mockRestore()
      o.mockRestore()
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
