import { describe, expect, it } from 'vitest'
import check from './gcp-dns-zone-dnssec-enabled.js'
import { evaluate } from '../../../evaluate/engine.js'
import { Inventory } from '../../../core/inventory.js'
import type { Check } from '../../../evaluate/define-check.js'
import { runCheck, statusesWhenListFails, TEST_NOW } from '../../_shared/testing.js'
import { dnsZoneFixture } from '../../_shared/gcp-compute-fixtures.js'

describe(check.id, () => {
  it('passes a signed zone (on or transfer)', () => {
    expect(runCheck(check, dnsZoneFixture()).status).toBe('pass')
    expect(runCheck(check, dnsZoneFixture({ dnssecState: 'transfer' })).status).toBe('pass')
  })

  it('fails an unsigned public zone', () => {
    const f = runCheck(check, dnsZoneFixture({ dnssecState: 'off', defaultKeySpecs: [], dnsKeys: null }))
    expect(f.status).toBe('fail')
    expect(f.message).toBe('Zone example-com (example.com.) has DNSSEC turned off.')
  })

  it('does not judge private zones', () => {
    const zone = dnsZoneFixture({ visibility: 'private', dnssecState: 'off', dnsKeys: null }, 'internal')
    expect(evaluate([check as Check<unknown>], new Inventory([zone]), () => [], TEST_NOW)).toEqual([])
  })

  it('is ERROR, never PASS, when the zone list failed', () => {
    expect(statusesWhenListFails(check, 'dns', 'dns.managedZones.list')).toEqual(['error'])
  })
})
