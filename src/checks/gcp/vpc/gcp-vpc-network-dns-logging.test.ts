import { describe, expect, it } from 'vitest'
import check from './gcp-vpc-network-dns-logging.js'
import type { CollectionError } from '../../../core/resource.js'
import { GCP_COMPUTE_TYPES } from '../../../normalize/gcp/types-compute.js'
import { GCP_TEST_PROJECT, runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { computeUid, dnsPolicyFixture, networkFixture } from '../../_shared/gcp-compute-fixtures.js'

describe(check.id, () => {
  it('passes a network bound to a policy that logs queries', () => {
    const f = runCheck(check, networkFixture(), [dnsPolicyFixture()])
    expect(f.status).toBe('pass')
    expect(f.message).toBe('Network prod-vpc is bound to DNS policy dns-logging, which logs queries.')
  })

  it('fails a network bound to no policy, or to one without logging', () => {
    expect(runCheck(check, networkFixture({}, 'default'), [dnsPolicyFixture()]).message).toBe(
      'Network default is bound to no DNS policy, so its DNS queries are not logged.',
    )
    const quiet = dnsPolicyFixture({ enableLogging: false, networks: [computeUid('global/networks/default')] }, 'inbound-forwarding')
    expect(runCheck(check, networkFixture({}, 'default'), [quiet]).message).toBe(
      'Network default is bound to DNS policy inbound-forwarding without query logging.',
    )
  })

  it('is ERROR when the DNS policies of the project were not listed', () => {
    const gap: CollectionError = {
      provider: 'gcp',
      account: GCP_TEST_PROJECT,
      service: 'dns',
      region: 'global',
      api: 'dns.policies.list',
      reason: 'PERMISSION_DENIED',
      resourceTypes: [GCP_COMPUTE_TYPES.dnsPolicy],
    }
    expect(runCheck(check, networkFixture(), [], [gap]).status).toBe('error')
  })

  it('is ERROR, never PASS, when the network list failed', () => {
    expect(statusesWhenListFails(check, 'compute', 'compute.networks.list')).toEqual(['error'])
  })
})
