import { describe, expect, it } from 'vitest'
import check from './gcp-compute-instance-no-public-ip.js'
import { evaluate } from '../../../evaluate/engine.js'
import { Inventory } from '../../../core/inventory.js'
import type { Check } from '../../../evaluate/define-check.js'
import type { GcpNetworkInterface } from '../../../normalize/gcp/types-compute.js'
import { runCheck, statusesWhenListFails, TEST_NOW } from '../../_shared/testing.js'
import { computeUid, gkeNodeFixture, instanceFixture } from '../../_shared/gcp-compute-fixtures.js'

const nic = (n: Partial<GcpNetworkInterface>): GcpNetworkInterface => ({
  name: 'nic0',
  network: computeUid('global/networks/default'),
  subnetwork: computeUid('regions/us-central1/subnetworks/default'),
  internalIp: '10.128.0.2',
  accessConfigs: [],
  ipv6AccessConfigs: [],
  ...n,
})

describe(check.id, () => {
  it('passes with internal addresses only', () => {
    expect(runCheck(check, instanceFixture()).status).toBe('pass')
  })

  it('fails with an external IPv4, an ephemeral one of a stopped VM, or an external IPv6', () => {
    const v4 = runCheck(
      check,
      instanceFixture({ networkInterfaces: [nic({ accessConfigs: [{ name: 'External NAT', natIp: '34.118.10.20', networkTier: 'PREMIUM' }] })] }),
    )
    expect(v4.message).toBe('Instance app-1 has external address(es) nic0 34.118.10.20.')
    const stopped = runCheck(
      check,
      instanceFixture({
        status: 'TERMINATED',
        networkInterfaces: [nic({ accessConfigs: [{ name: 'External NAT', natIp: null, networkTier: 'STANDARD' }] })],
      }),
    )
    expect(stopped.message).toBe('Instance app-1 has external address(es) nic0 ephemeral IPv4 (assigned at start).')
    const v6 = runCheck(
      check,
      instanceFixture({ networkInterfaces: [nic({ ipv6AccessConfigs: [{ name: 'External IPv6', externalIpv6: '2600:1900:4000:1::' }] })] }),
    )
    expect(v6.status).toBe('fail')
  })

  it('leaves GKE nodes out, as CIS does', () => {
    const node = gkeNodeFixture({
      networkInterfaces: [nic({ accessConfigs: [{ name: 'external-nat', natIp: '35.1.2.3', networkTier: 'PREMIUM' }] })],
    })
    expect(evaluate([check as Check<unknown>], new Inventory([node]), () => [], TEST_NOW)).toEqual([])
  })

  it('is ERROR, never PASS, when the instance list failed', () => {
    expect(statusesWhenListFails(check, 'compute', 'compute.instances.aggregatedList')).toEqual(['error'])
  })
})
