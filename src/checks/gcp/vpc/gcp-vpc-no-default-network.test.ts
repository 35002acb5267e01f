import { describe, expect, it } from 'vitest'
import check from './gcp-vpc-no-default-network.js'
import { GCP_TEST_PROJECT, runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { networkFixture } from '../../_shared/gcp-compute-fixtures.js'

describe(check.id, () => {
  it('fails the network named default', () => {
    const f = runCheck(check, networkFixture({ mode: 'auto', autoCreateSubnetworks: true }, 'default'))
    expect(f.status).toBe('fail')
    expect(f.message).toBe(`Project ${GCP_TEST_PROJECT} still has the default network (auto mode, a subnet in every region).`)
    expect(runCheck(check, networkFixture({}, 'default')).status).toBe('fail')
  })

  it('passes any other network', () => {
    expect(runCheck(check, networkFixture()).message).toBe('Network prod-vpc is a custom-mode network, not the default network.')
  })

  it('is ERROR, never PASS, when the network list failed', () => {
    expect(statusesWhenListFails(check, 'compute', 'compute.networks.list')).toEqual(['error'])
  })
})
