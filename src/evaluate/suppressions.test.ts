import { describe, expect, it } from 'vitest'
import type { Finding } from '../core/finding.js'
import { fingerprint } from '../core/fingerprint.js'
import { Inventory } from '../core/inventory.js'
import type { Resource } from '../core/resource.js'
import { applySuppressions, isExpired, matchesSuppression, type FingerprintedFinding, type SuppressionRule } from './suppressions.js'

const NOW = new Date('2026-11-22T12:00:00.000Z')
const BUCKET = 'arn:aws:s3:::logs-archive'
const SG = 'arn:aws:ec2:eu-west-1:123456789012:security-group/sg-1'

const resource = (uid: string, over: Partial<Resource> = {}): Resource => ({
  uid,
  provider: 'aws',
  type: uid.includes(':s3:') ? 'aws.s3.bucket' : 'aws.ec2.security-group',
  account: '123456789012',
  region: uid.includes(':s3:') ? 'global' : 'eu-west-1',
  name: uid.split(/[/:]/).pop()!,
  tags: {},
  attributes: {},
  relations: [],
  source: { kind: 'live' },
  ...over,
})

const finding = (checkId: string, r: Resource, status: Finding['status'] = 'fail'): FingerprintedFinding => ({
  checkId,
  title: 'title',
  status,
  severity: 'high',
  resource: { uid: r.uid, type: r.type, provider: r.provider, account: r.account, region: r.region, name: r.name },
  message: 'seen',
  remediation: { steps: ['fix'], references: [] },
  compliance: [],
  fingerprint: fingerprint(checkId, r.uid),
})

const rule = (over: Partial<SuppressionRule>): SuppressionRule => ({
  id: 's1',
  checks: 'aws-s3-*',
  account: null,
  region: null,
  resources: null,
  tags: null,
  reason: 'Public by design: static website',
  owner: 'web-team',
  expiresAt: null,
  ...over,
})

const bucket = resource(BUCKET, { tags: { env: 'prod', team: 'web' } })
const sg = resource(SG, { tags: { env: 'dev' } })

describe('matchesSuppression: every given field must match', () => {
  const cases: { name: string; rule: Partial<SuppressionRule>; f: FingerprintedFinding; tags: Record<string, string>; expected: boolean }[] = [
    { name: 'check glob', rule: {}, f: finding('aws-s3-bucket-public-read', bucket), tags: {}, expected: true },
    { name: 'check glob mismatch', rule: {}, f: finding('aws-ec2-sg-no-ssh-from-internet', sg), tags: {}, expected: false },
    {
      name: 'comma-separated check globs',
      rule: { checks: 'aws-iam-*,aws-ec2-sg-*' },
      f: finding('aws-ec2-sg-no-ssh-from-internet', sg),
      tags: {},
      expected: true,
    },
    {
      name: 'exact check id',
      rule: { checks: 'aws-ec2-sg-no-ssh-from-internet' },
      f: finding('aws-ec2-sg-no-ssh-from-internet', sg),
      tags: {},
      expected: true,
    },
    { name: 'account matches', rule: { account: '123456789012' }, f: finding('aws-s3-x', bucket), tags: {}, expected: true },
    { name: 'account differs', rule: { account: '999999999999' }, f: finding('aws-s3-x', bucket), tags: {}, expected: false },
    { name: 'region matches', rule: { checks: '*', region: 'eu-west-1' }, f: finding('aws-ec2-x', sg), tags: {}, expected: true },
    { name: 'region glob', rule: { checks: '*', region: 'eu-*' }, f: finding('aws-ec2-x', sg), tags: {}, expected: true },
    { name: 'region differs', rule: { checks: '*', region: 'us-east-1' }, f: finding('aws-ec2-x', sg), tags: {}, expected: false },
    { name: 'resource uid glob', rule: { resources: 'arn:aws:s3:::logs-*' }, f: finding('aws-s3-x', bucket), tags: {}, expected: true },
    { name: 'resource uid glob mismatch', rule: { resources: 'arn:aws:s3:::web-*' }, f: finding('aws-s3-x', bucket), tags: {}, expected: false },
    {
      name: 'one of several resource globs',
      rule: { resources: 'arn:aws:s3:::web-*\narn:aws:s3:::logs-archive' },
      f: finding('aws-s3-x', bucket),
      tags: {},
      expected: true,
    },
    { name: 'tag matches', rule: { tags: { env: 'prod' } }, f: finding('aws-s3-x', bucket), tags: bucket.tags, expected: true },
    {
      name: 'all tags must match',
      rule: { tags: { env: 'prod', team: 'data' } },
      f: finding('aws-s3-x', bucket),
      tags: bucket.tags,
      expected: false,
    },
    { name: 'tag value glob', rule: { tags: { team: '*' } }, f: finding('aws-s3-x', bucket), tags: bucket.tags, expected: true },
    { name: 'missing tag never matches', rule: { tags: { owner: '*' } }, f: finding('aws-s3-x', bucket), tags: bucket.tags, expected: false },
    { name: 'tag keys are case-sensitive', rule: { tags: { Env: 'prod' } }, f: finding('aws-s3-x', bucket), tags: bucket.tags, expected: false },
    {
      name: 'all scope fields together',
      rule: { checks: 'aws-ec2-*', account: '123456789012', region: 'eu-west-1', resources: '*sg-1', tags: { env: 'dev' } },
      f: finding('aws-ec2-sg-no-ssh-from-internet', sg),
      tags: sg.tags,
      expected: true,
    },
  ]
  it.each(cases)('$name → $expected', ({ rule: over, f, tags, expected }) => {
    expect(matchesSuppression(rule(over), f, tags)).toBe(expected)
  })
})

describe('isExpired', () => {
  it.each([
    { expiresAt: null, expected: false },
    { expiresAt: '2026-11-22T11:59:59.999Z', expected: true },
    { expiresAt: '2026-11-22T12:00:00.000Z', expected: false },
    { expiresAt: '2027-01-01T00:00:00.000Z', expected: false },
  ])('expiresAt $expiresAt → $expected', ({ expiresAt, expected }) => {
    expect(isExpired({ expiresAt }, NOW)).toBe(expected)
  })
})

describe('applySuppressions', () => {
  const inventory = new Inventory([bucket, sg])
  const findings = [
    finding('aws-s3-bucket-public-read', bucket),
    finding('aws-s3-bucket-versioning-enabled', bucket, 'error'),
    finding('aws-s3-bucket-encryption', bucket, 'pass'),
    finding('aws-ec2-sg-no-ssh-from-internet', sg),
  ]

  it('mutes matching fail and error findings, keeps their status, never mutes a pass', () => {
    const out = applySuppressions(findings, [rule({ expiresAt: '2027-01-01T00:00:00.000Z' })], inventory, NOW)
    expect(out.map((f) => [f.checkId, f.status, f.muted?.suppressionId ?? null])).toEqual([
      ['aws-s3-bucket-public-read', 'fail', 's1'],
      ['aws-s3-bucket-versioning-enabled', 'error', 's1'],
      ['aws-s3-bucket-encryption', 'pass', null],
      ['aws-ec2-sg-no-ssh-from-internet', 'fail', null],
    ])
    expect(out[0]!.muted).toEqual({
      suppressionId: 's1',
      reason: 'Public by design: static website',
      owner: 'web-team',
      expiresAt: '2027-01-01T00:00:00.000Z',
    })
    expect(out[0]!.fingerprint).toBe(findings[0]!.fingerprint)
  })

  it('ignores expired suppressions: the findings count again', () => {
    const out = applySuppressions(findings, [rule({ expiresAt: '2026-11-21T23:59:59.999Z' })], inventory, NOW)
    expect(out.filter((f) => f.muted)).toEqual([])
  })

  it('takes tags from the resource in the inventory', () => {
    const out = applySuppressions(findings, [rule({ checks: '*', tags: { env: 'dev' } })], inventory, NOW)
    expect(out.filter((f) => f.muted).map((f) => f.resource.uid)).toEqual([SG])
  })

  it('does not match tag-scoped suppressions on resources missing from the inventory (collection gaps)', () => {
    const gap = finding('aws-ec2-sg-no-ssh-from-internet', resource('aws:123456789012:eu-west-1:aws.ec2.security-group/*'), 'error')
    const out = applySuppressions([gap], [rule({ checks: '*', tags: { env: 'dev' } }), rule({ id: 's2', checks: 'aws-iam-*' })], inventory, NOW)
    expect(out[0]!.muted).toBeUndefined()
  })

  it('attributes a finding to the suppression that lasts longest, then the lowest id', () => {
    const rules = [rule({ id: 'a-short', expiresAt: '2026-12-01T00:00:00.000Z' }), rule({ id: 'c-forever' }), rule({ id: 'b-forever' })]
    expect(applySuppressions(findings, rules, inventory, NOW)[0]!.muted?.suppressionId).toBe('b-forever')
    expect(applySuppressions(findings, rules.slice(0, 1), inventory, NOW)[0]!.muted?.suppressionId).toBe('a-short')
  })

  it('recomputes a stale mute carried by the input', () => {
    const stale = { ...findings[3]!, muted: { suppressionId: 'gone', reason: 'an old reason', owner: 'x', expiresAt: null } }
    expect(applySuppressions([stale], [], inventory, NOW)[0]!.muted).toBeUndefined()
  })
})
