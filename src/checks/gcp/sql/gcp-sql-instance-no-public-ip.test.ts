import { describe, expect, it } from 'vitest'
import check from './gcp-sql-instance-no-public-ip.js'
import { runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { sqlInstanceFixture } from '../../_shared/gcp-data-fixtures.js'

describe(check.id, () => {
  it.each([
    { name: 'private IP only', over: {}, expected: 'pass' },
    { name: 'public IP assigned', over: { ipv4Enabled: true, publicIpAddresses: ['34.76.10.20'] }, expected: 'fail' },
    { name: 'public IP enabled, address not yet shown', over: { ipv4Enabled: true }, expected: 'fail' },
  ])('$name → $expected', ({ over, expected }) => {
    expect(runCheck(check, sqlInstanceFixture(over)).status).toBe(expected)
  })

  it('names the address', () => {
    expect(runCheck(check, sqlInstanceFixture({ ipv4Enabled: true, publicIpAddresses: ['34.76.10.20'] })).message).toBe(
      'Cloud SQL instance orders-db has a public IPv4 address (34.76.10.20).',
    )
  })

  it('skips the representation of an external primary', () => {
    expect(() => runCheck(check, sqlInstanceFixture({ instanceType: 'ON_PREMISES_INSTANCE', ipv4Enabled: true }))).toThrow(/got 0/)
  })

  it('instance list not collected → error, never pass', () => {
    expect(statusesWhenListFails(check, 'sql', 'sqladmin.instances.list')).toEqual(['error'])
  })
})
