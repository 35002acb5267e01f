import { describe, expect, it } from 'vitest'
import check from './gcp-compute-instance-shielded-vm.js'
import { runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { gkeNodeFixture, instanceFixture } from '../../_shared/gcp-compute-fixtures.js'

describe(check.id, () => {
  it('passes with vTPM and integrity monitoring on, Secure Boot reported', () => {
    const f = runCheck(
      check,
      instanceFixture({ shieldedInstanceConfig: { enableSecureBoot: false, enableVtpm: true, enableIntegrityMonitoring: true } }),
    )
    expect(f.status).toBe('pass')
    expect(f.message).toBe('Instance app-1 runs as a Shielded VM with vTPM and integrity monitoring (Secure Boot off).')
  })

  it('fails when vTPM or integrity monitoring is off, or there is no Shielded VM configuration', () => {
    const off = runCheck(
      check,
      instanceFixture({ shieldedInstanceConfig: { enableSecureBoot: false, enableVtpm: false, enableIntegrityMonitoring: false } }),
    )
    expect(off.message).toBe('Instance app-1 has vTPM and integrity monitoring turned off (Secure Boot off).')
    expect(
      runCheck(check, instanceFixture({ shieldedInstanceConfig: { enableSecureBoot: true, enableVtpm: true, enableIntegrityMonitoring: false } }))
        .status,
    ).toBe('fail')
    expect(runCheck(check, instanceFixture({ shieldedInstanceConfig: null })).status).toBe('fail')
  })

  it('applies to GKE nodes too', () => {
    expect(runCheck(check, gkeNodeFixture()).status).toBe('pass')
  })

  it('is ERROR, never PASS, when the instance list failed', () => {
    expect(statusesWhenListFails(check, 'compute', 'compute.instances.aggregatedList')).toEqual(['error'])
  })
})
