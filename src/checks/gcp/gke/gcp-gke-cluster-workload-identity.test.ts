import { describe, expect, it } from 'vitest'
import check from './gcp-gke-cluster-workload-identity.js'
import { runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { gkeClusterFixture } from '../../_shared/gcp-data-fixtures.js'

describe(check.id, () => {
  const pool = (mode: string | null) => ({ name: 'default-pool', privateNodes: true, serviceAccount: null, workloadMetadataMode: mode })
  it.each([
    { name: 'workload pool and GKE metadata server', over: {}, expected: 'pass' },
    { name: 'no workload pool', over: { workloadPool: null }, expected: 'fail' },
    { name: 'a pool still on the Compute Engine metadata server', over: { nodePools: [pool('GCE_METADATA')] }, expected: 'fail' },
    { name: 'pool mode not reported (Autopilot)', over: { autopilot: true, nodePools: [pool(null)] }, expected: 'pass' },
  ])('$name → $expected', ({ over, expected }) => {
    expect(runCheck(check, gkeClusterFixture(over)).status).toBe(expected)
  })

  it('cluster list not collected → error', () => {
    expect(statusesWhenListFails(check, 'gke', 'container.clusters.list')).toEqual(['error'])
  })
})
