import { describe, expect, it } from 'vitest'
import { unknown } from '../../core/unknown.js'
import { activeKeys, day, daysSince, unusedCredentials } from './iam-credentials.js'
import { key, user } from './iam-testing.js'
import { TEST_NOW, daysAgo } from './testing.js'

describe('daysSince / day', () => {
  it('counts whole days and floors partial ones', () => {
    expect(daysSince(daysAgo(45), TEST_NOW)).toBe(45)
    expect(daysSince(new Date(TEST_NOW.getTime() - 1.5 * 86_400_000).toISOString(), TEST_NOW)).toBe(1)
    expect(daysSince(TEST_NOW.toISOString(), TEST_NOW)).toBe(0)
  })
  it('throws on a bad date', () => {
    expect(() => daysSince('yesterday-ish', TEST_NOW)).toThrow(/not a valid date/)
  })
  it('formats the day', () => {
    expect(day('2026-01-02T03:04:05.000Z')).toBe('2026-01-02')
  })
})

describe('activeKeys', () => {
  it('drops inactive keys', () => {
    expect(activeKeys([key({ id: 'A' }), key({ id: 'B', status: 'Inactive' })]).map((k) => k.id)).toEqual(['A'])
  })
})

describe('unusedCredentials (45 days)', () => {
  const cases: { name: string; u: ReturnType<typeof user>; unused: string[]; unknown: number }[] = [
    { name: 'recently used password, no keys', u: user(), unused: [], unknown: 0 },
    {
      name: 'password used 45 days ago',
      u: user({ passwordLastUsed: daysAgo(45) }),
      unused: [`console password (last used ${daysAgo(45).slice(0, 10)}, 45 days ago)`],
      unknown: 0,
    },
    { name: 'password used 44 days ago', u: user({ passwordLastUsed: daysAgo(44) }), unused: [], unknown: 0 },
    {
      name: 'password never used, old user',
      u: user({ passwordLastUsed: null }),
      unused: ['console password (never used, created 365 days ago)'],
      unknown: 0,
    },
    { name: 'password never used, new user', u: user({ passwordLastUsed: null, createDate: daysAgo(3) }), unused: [], unknown: 0 },
    { name: 'no password: last use irrelevant', u: user({ passwordEnabled: false, passwordLastUsed: unknown('x') }), unused: [], unknown: 0 },
    {
      name: 'stale and never-used keys',
      u: user({
        accessKeys: [
          key({ id: 'AK1', lastUsedDate: daysAgo(90) }),
          key({ id: 'AK2', createDate: daysAgo(60), lastUsedDate: null }),
          key({ id: 'AK3' }),
        ],
      }),
      unused: [`access key AK1 (last used ${daysAgo(90).slice(0, 10)}, 90 days ago)`, 'access key AK2 (never used, created 60 days ago)'],
      unknown: 0,
    },
    {
      name: 'inactive stale key ignored',
      u: user({ accessKeys: [key({ status: 'Inactive', lastUsedDate: daysAgo(400) })] }),
      unused: [],
      unknown: 0,
    },
    { name: 'password status unknown', u: user({ passwordEnabled: unknown('GenerateCredentialReport: AccessDenied') }), unused: [], unknown: 1 },
    { name: 'key list unknown', u: user({ accessKeys: unknown('ListAccessKeys: Throttling') }), unused: [], unknown: 1 },
    {
      name: 'key last use unknown',
      u: user({ accessKeys: [key({ lastUsedDate: unknown('GetAccessKeyLastUsed: AccessDenied') })] }),
      unused: [],
      unknown: 1,
    },
  ]
  it.each(cases)('$name', ({ u, unused, unknown: n }) => {
    const r = unusedCredentials(u.attributes, TEST_NOW, 45)
    expect(r.unused).toEqual(unused)
    expect(r.unknown).toHaveLength(n)
  })
})
