import { describe, expect, it } from 'vitest'
import check from './gcp-gke-cluster-private-nodes.js'
import { runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { gkeClusterFixture } from '../../_shared/gcp-data-fixtures.js'

describe(check.id, () => {
  const pool = (name: string, privateNodes: boolean) => ({ name, privateNodes, serviceAccount: null, workloadMetadataMode: 'GKE_METADATA' })
  it.each([
    { name: 'private by default, all pools private', over: {}, expected: 'pass' },
    { name: 'one pool overrides to public', over: { nodePools: [pool('default-pool', true), pool('gpu', false)] }, expected: 'fail' },
    { name: 'public cluster', over: { privateNodes: false, nodePools: [pool('default-pool', false)] }, expected: 'fail' },
    { name: 'public default, pool overrides to private', over: { privateNodes: false, nodePools: [pool('default-pool', true)] }, expected: 'pass' },
    { name: 'no pools, public default', over: { privateNodes: false, nodePools: [] }, expected: 'fail' },
  ])('$name → $expected', ({ over, expected }) => {
    expect(runCheck(check, gkeClusterFixture(over)).status).toBe(expected)
  })

  it('names the public pool', () => {
    expect(runCheck(check, gkeClusterFixture({ nodePools: [pool('gpu', false)] })).message).toBe(
      'Cluster prod has node pool(s) gpu with external node IPs.',
    )
  })

  it('cluster list not collected → error', () => {
    expect(statusesWhenListFails(check, 'gke', 'container.clusters.list')).toEqual(['error'])
  })
})
