import { describe, expect, it } from 'vitest'
import check from './gcp-vpc-no-legacy-network.js'
import { runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { networkFixture } from '../../_shared/gcp-compute-fixtures.js'

describe(check.id, () => {
  it('fails a legacy network', () => {
    const f = runCheck(check, networkFixture({ mode: 'legacy', ipv4Range: '10.240.0.0/16', subnetworks: [] }, 'legacy-net'))
    expect(f.status).toBe('fail')
    expect(f.message).toBe('Network legacy-net is a legacy network with the single range 10.240.0.0/16 and no subnetworks.')
  })

  it('passes custom and auto mode networks', () => {
    expect(runCheck(check, networkFixture()).status).toBe('pass')
    expect(runCheck(check, networkFixture({ mode: 'auto', autoCreateSubnetworks: true }, 'default')).status).toBe('pass')
  })

  it('is ERROR, never PASS, when the network list failed', () => {
    expect(statusesWhenListFails(check, 'compute', 'compute.networks.list')).toEqual(['error'])
  })
})
