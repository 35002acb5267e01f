import { describe, expect, it } from 'vitest'
import check from './gcp-dns-zone-no-rsasha1-ksk.js'
import { evaluate } from '../../../evaluate/engine.js'
import { Inventory } from '../../../core/inventory.js'
import type { Check } from '../../../evaluate/define-check.js'
import { unknown } from '../../../core/unknown.js'
import { runCheck, statusesWhenListFails, TEST_NOW } from '../../_shared/testing.js'
import { dnsZoneFixture } from '../../_shared/gcp-compute-fixtures.js'

describe(check.id, () => {
  it('passes RSASHA256 specs and keys', () => {
    const f = runCheck(check, dnsZoneFixture())
    expect(f.status).toBe('pass')
    expect(f.message).toBe('Zone example-com (example.com.) uses RSASHA256 for its key-signing key.')
  })

  it('fails an RSASHA1 default key spec, even when the keys could not be read', () => {
    const f = runCheck(
      check,
      dnsZoneFixture({
        defaultKeySpecs: [{ keyType: 'keySigning', algorithm: 'rsasha1', keyLength: 2048 }],
        dnsKeys: unknown('dns.dnsKeys.list: PERMISSION_DENIED'),
      }),
    )
    expect(f.status).toBe('fail')
    expect(f.message).toBe('Zone example-com (example.com.) creates its key-signing key with RSASHA1 (default key spec).')
  })

  it('fails an active RSASHA1 key, and ignores inactive ones and the other key type', () => {
    const active = dnsZoneFixture({ dnsKeys: [{ id: '7', keyType: 'keySigning', algorithm: 'rsasha1', keyLength: 2048, isActive: true }] })
    expect(runCheck(check, active).message).toBe('Zone example-com (example.com.) signs with an active RSASHA1 key-signing key (key 7).')
    const inactive = dnsZoneFixture({ dnsKeys: [{ id: '7', keyType: 'keySigning', algorithm: 'rsasha1', keyLength: 2048, isActive: false }] })
    expect(runCheck(check, inactive).status).toBe('pass')
    const other = dnsZoneFixture({ defaultKeySpecs: [{ keyType: 'zoneSigning', algorithm: 'rsasha1', keyLength: 1024 }], dnsKeys: [] })
    expect(runCheck(check, other).status).toBe('pass')
  })

  it('is ERROR when the keys could not be read and the specs are not RSASHA1', () => {
    expect(runCheck(check, dnsZoneFixture({ dnsKeys: unknown('dns.dnsKeys.list: PERMISSION_DENIED') })).status).toBe('error')
  })

  it('does not judge unsigned or private zones', () => {
    const zones = [
      dnsZoneFixture({ dnssecState: 'off', dnsKeys: null }, 'unsigned'),
      dnsZoneFixture({ visibility: 'private', dnsKeys: null }, 'internal'),
    ]
    expect(evaluate([check as Check<unknown>], new Inventory(zones), () => [], TEST_NOW)).toEqual([])
  })

  it('is ERROR, never PASS, when the zone list failed', () => {
    expect(statusesWhenListFails(check, 'dns', 'dns.managedZones.list')).toEqual(['error'])
  })
})
