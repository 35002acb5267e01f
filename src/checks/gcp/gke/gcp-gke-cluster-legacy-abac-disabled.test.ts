import { describe, expect, it } from 'vitest'
import check from './gcp-gke-cluster-legacy-abac-disabled.js'
import { runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { gkeClusterFixture } from '../../_shared/gcp-data-fixtures.js'

describe(check.id, () => {
  it.each([
    { name: 'disabled', legacyAbac: false, expected: 'pass' },
    { name: 'enabled', legacyAbac: true, expected: 'fail' },
  ])('$name → $expected', ({ legacyAbac, expected }) => {
    expect(runCheck(check, gkeClusterFixture({ legacyAbac })).status).toBe(expected)
  })

  it('cluster list not collected → error', () => {
    expect(statusesWhenListFails(check, 'gke', 'container.clusters.list')).toEqual(['error'])
  })
})
