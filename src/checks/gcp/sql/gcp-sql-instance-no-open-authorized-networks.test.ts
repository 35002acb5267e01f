import { describe, expect, it } from 'vitest'
import check from './gcp-sql-instance-no-open-authorized-networks.js'
import { runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { sqlInstanceFixture } from '../../_shared/gcp-data-fixtures.js'

describe(check.id, () => {
  it.each([
    { name: 'no authorized networks', networks: [], expected: 'pass' },
    { name: 'office range', networks: [{ name: 'office', value: '203.0.113.0/24' }], expected: 'pass' },
    { name: 'single host 0.0.0.0/32 is not everyone', networks: [{ name: null, value: '0.0.0.0/32' }], expected: 'pass' },
    {
      name: 'everyone',
      networks: [
        { name: 'office', value: '203.0.113.0/24' },
        { name: 'any', value: '0.0.0.0/0' },
      ],
      expected: 'fail',
    },
  ])('$name → $expected', ({ networks, expected }) => {
    expect(runCheck(check, sqlInstanceFixture({ ipv4Enabled: true, authorizedNetworks: networks })).status).toBe(expected)
  })

  it('says whether the public IP is on', () => {
    const open = [{ name: 'any', value: '0.0.0.0/0' }]
    expect(runCheck(check, sqlInstanceFixture({ ipv4Enabled: true, authorizedNetworks: open })).message).toBe(
      'Cloud SQL instance orders-db authorizes 0.0.0.0/0 (any) on its public IP.',
    )
    expect(runCheck(check, sqlInstanceFixture({ authorizedNetworks: open })).message).toMatch(/once a public IP is assigned/)
  })

  it('instance list not collected → error, never pass', () => {
    expect(statusesWhenListFails(check, 'sql', 'sqladmin.instances.list')).toEqual(['error'])
  })
})
