import { describe, expect, it } from 'vitest'
import check from './azure-aks-cluster-private-api-server.js'
import { runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { aksFixture } from '../../_shared/azure-compute-fixtures.js'

describe(check.id, () => {
  it.each([
    { name: 'private cluster', attrs: {}, expected: 'pass' },
    { name: 'authorized ranges', attrs: { privateCluster: false, authorizedIpRanges: ['203.0.113.0/24'] }, expected: 'pass' },
    { name: 'public network access disabled', attrs: { privateCluster: false, publicNetworkAccess: 'Disabled' }, expected: 'pass' },
    { name: 'public, no ranges', attrs: { privateCluster: false }, expected: 'fail' },
    { name: 'public, 0.0.0.0/0 authorized', attrs: { privateCluster: false, authorizedIpRanges: ['203.0.113.0/24', '0.0.0.0/0'] }, expected: 'fail' },
  ])('$name → $expected', ({ attrs, expected }) => {
    expect(runCheck(check, aksFixture(attrs)).status).toBe(expected)
  })

  it('is ERROR when the cluster list failed', () => {
    expect(statusesWhenListFails(check)).toEqual(['error'])
  })
})
