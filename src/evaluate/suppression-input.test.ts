import { describe, expect, it } from 'vitest'
import { parseExpiry, scopeId, validateSuppression, type SuppressionInput } from './suppression-input.js'

const valid: SuppressionInput = { checks: 'aws-s3-*', reason: 'Public by design: static website', owner: 'web-team' }

describe('validateSuppression', () => {
  const cases: { name: string; input: SuppressionInput; problems: [string, RegExp][] }[] = [
    { name: 'minimal valid entry', input: valid, problems: [] },
    { name: 'checks missing', input: { ...valid, checks: undefined }, problems: [['checks', /checks is required/]] },
    { name: 'checks empty list', input: { ...valid, checks: [] }, problems: [['checks', /checks is required/]] },
    {
      name: 'bad check glob in a list',
      input: { ...valid, checks: ['aws-s3-*', 'aws s3'] },
      problems: [['checks.1', /"aws s3" is not a check id glob/]],
    },
    { name: 'reason missing', input: { ...valid, reason: undefined }, problems: [['reason', /reason is required/]] },
    { name: 'reason too short', input: { ...valid, reason: ' accepted ' }, problems: [['reason', /at least 10 characters \(got 8\)/]] },
    { name: 'owner missing', input: { ...valid, owner: '  ' }, problems: [['owner', /owner is required/]] },
    { name: 'expiry not a date', input: { ...valid, expires: 'next week' }, problems: [['expires', /"next week" is not a date/]] },
    { name: 'expiry impossible day', input: { ...valid, expires: '2026-02-30' }, problems: [['expires', /not a date/]] },
    { name: 'tag without =', input: { ...valid, tags: ['env=prod', 'team'] }, problems: [['tags.1', /"team" is not key=value/]] },
    { name: 'tag with empty key', input: { ...valid, tags: ['=x'] }, problems: [['tags.0', /not key=value/]] },
    { name: 'bad id', input: { ...valid, id: 'has space' }, problems: [['id', /not a valid id/]] },
    { name: 'empty account', input: { ...valid, account: '' }, problems: [['account', /must not be empty/]] },
    {
      name: 'several problems at once',
      input: { checks: 'aws-s3-*', reason: 'short' },
      problems: [
        ['reason', /at least 10/],
        ['owner', /required/],
      ],
    },
  ]
  it.each(cases)('$name', ({ input, problems }) => {
    const r = validateSuppression(input)
    expect(r.problems.map((p) => p.path.join('.'))).toEqual(problems.map(([path]) => path))
    r.problems.forEach((p, i) => expect(p.message).toMatch(problems[i]![1]))
    expect(r.draft === undefined).toBe(problems.length > 0)
  })

  it('normalizes a valid entry', () => {
    const r = validateSuppression({
      ...valid,
      id: 'web-public',
      checks: ['aws-s3-bucket-public-read', ' aws-s3-bucket-public-write '],
      account: '123456789012',
      resources: ['arn:aws:s3:::web-*', 'arn:aws:s3:::a,b'],
      tags: ['env=prod', 'note=a=b'],
      expires: '2026-12-31',
    })
    expect(r.draft).toEqual({
      id: 'web-public',
      checks: 'aws-s3-bucket-public-read,aws-s3-bucket-public-write',
      account: '123456789012',
      region: null,
      resources: 'arn:aws:s3:::web-*\narn:aws:s3:::a,b',
      tags: { env: 'prod', note: 'a=b' },
      reason: 'Public by design: static website',
      owner: 'web-team',
      expiresAt: '2026-12-31T23:59:59.999Z',
    })
  })

  it('accepts tags as a map', () => {
    expect(validateSuppression({ ...valid, tags: { env: 'dev' } }).draft?.tags).toEqual({ env: 'dev' })
  })
})

describe('parseExpiry', () => {
  it.each([
    ['2026-12-31', '2026-12-31T23:59:59.999Z'],
    ['2026-12-31T10:00:00Z', '2026-12-31T10:00:00.000Z'],
    ['2026-12-31T10:00+02:00', '2026-12-31T08:00:00.000Z'],
    ['2026-12-31T10:00', null], // a time without a zone means different instants on different machines
    ['2026-12-31T25:00Z', null],
    ['31/12/2026', null],
    ['', null],
  ])('%s → %s', (input, expected) => {
    expect(parseExpiry(input)).toBe(expected)
  })
})

describe('scopeId', () => {
  const draft = validateSuppression(valid).draft!
  it('is stable and ignores reason, owner and expiry', () => {
    expect(scopeId('cfg', draft)).toMatch(/^cfg-[0-9a-f]{12}$/)
    expect(scopeId('cfg', { ...draft, reason: 'another reason entirely', expiresAt: '2027-01-01T00:00:00.000Z' } as typeof draft)).toBe(
      scopeId('cfg', draft),
    )
  })
  it('differs when the scope differs', () => {
    expect(scopeId('cfg', { ...draft, account: '123456789012' })).not.toBe(scopeId('cfg', draft))
  })
})
