import { describe, expect, it } from 'vitest'
import check from './gcp-gke-cluster-master-authorized-networks.js'
import { runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { gkeClusterFixture } from '../../_shared/gcp-data-fixtures.js'

describe(check.id, () => {
  it.each([
    { name: 'enabled', over: {}, expected: 'pass' },
    {
      name: 'disabled on a public endpoint',
      over: { masterAuthorizedNetworks: { enabled: false, cidrBlocks: [], gcpPublicCidrsAccessEnabled: null } },
      expected: 'fail',
    },
    {
      name: 'disabled on a private endpoint',
      over: { publicEndpoint: false, masterAuthorizedNetworks: { enabled: false, cidrBlocks: [], gcpPublicCidrsAccessEnabled: null } },
      expected: 'fail',
    },
    {
      name: 'no IP endpoint at all',
      over: {
        ipEndpointsEnabled: false,
        publicEndpoint: false,
        masterAuthorizedNetworks: { enabled: false, cidrBlocks: [], gcpPublicCidrsAccessEnabled: null },
      },
      expected: 'pass',
    },
  ])('$name → $expected', ({ over, expected }) => {
    expect(runCheck(check, gkeClusterFixture(over)).status).toBe(expected)
  })

  it('cluster list not collected → error', () => {
    expect(statusesWhenListFails(check, 'gke', 'container.clusters.list')).toEqual(['error'])
  })
})
