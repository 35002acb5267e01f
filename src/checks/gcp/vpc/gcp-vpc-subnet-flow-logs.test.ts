import { describe, expect, it } from 'vitest'
import check from './gcp-vpc-subnet-flow-logs.js'
import { evaluate } from '../../../evaluate/engine.js'
import { Inventory } from '../../../core/inventory.js'
import type { Check } from '../../../evaluate/define-check.js'
import { runCheck, statusesWhenListFails, TEST_NOW } from '../../_shared/testing.js'
import { subnetworkFixture } from '../../_shared/gcp-compute-fixtures.js'

describe(check.id, () => {
  it('passes flow logs with the CIS settings', () => {
    expect(runCheck(check, subnetworkFixture()).status).toBe('pass')
  })

  it('fails flow logs that are off', () => {
    const f = runCheck(check, subnetworkFixture({ flowLogs: null }))
    expect(f.status).toBe('fail')
    expect(f.message).toBe('Subnet prod-app (us-central1) has VPC Flow Logs turned off.')
  })

  it('fails flow logs with partial sampling, a longer interval, no metadata or a filter, naming each', () => {
    const f = runCheck(
      check,
      subnetworkFixture({
        flowLogs: { aggregationInterval: 'INTERVAL_10_MIN', flowSampling: 0.5, metadata: 'EXCLUDE_ALL_METADATA', filterExpr: "src_ip == '10.0.0.1'" },
      }),
    )
    expect(f.message).toBe(
      `Subnet prod-app (us-central1) has flow logs on but with aggregation interval INTERVAL_10_MIN, sampling 0.5, metadata EXCLUDE_ALL_METADATA, filter "src_ip == '10.0.0.1'", so some flows or fields are not recorded.`,
    )
  })

  it('skips proxy-only, Private Service Connect and NAT subnets', () => {
    const others = ['REGIONAL_MANAGED_PROXY', 'GLOBAL_MANAGED_PROXY', 'PRIVATE_SERVICE_CONNECT', 'PRIVATE_NAT'].map((purpose) =>
      subnetworkFixture({ purpose, flowLogs: null }, `s-${purpose.toLowerCase()}`),
    )
    expect(evaluate([check as Check<unknown>], new Inventory(others), () => [], TEST_NOW)).toEqual([])
  })

  it('is ERROR, never PASS, when the subnetwork list failed', () => {
    expect(statusesWhenListFails(check, 'compute', 'compute.subnetworks.aggregatedList')).toEqual(['error'])
  })
})
