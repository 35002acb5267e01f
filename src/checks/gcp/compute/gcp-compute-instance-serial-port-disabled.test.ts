import { describe, expect, it } from 'vitest'
import check from './gcp-compute-instance-serial-port-disabled.js'
import type { CollectionError } from '../../../core/resource.js'
import { GCP_COMPUTE_TYPES } from '../../../normalize/gcp/types-compute.js'
import { GCP_TEST_PROJECT, runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { instanceFixture, metadataFixture, projectMetadataFixture } from '../../_shared/gcp-compute-fixtures.js'

const serial = (value: string, parsed: boolean) =>
  metadataFixture({ keys: ['serial-port-enable'], settings: { 'serial-port-enable': value }, serialPortEnable: parsed })

describe(check.id, () => {
  it('fails an instance that enables the serial port', () => {
    const f = runCheck(check, instanceFixture({ metadata: serial('TRUE', true) }), [projectMetadataFixture()])
    expect(f.status).toBe('fail')
    expect(f.message).toBe('Instance app-1 sets serial-port-enable=TRUE, enabling the interactive serial console.')
  })

  it('passes an instance that disables it, whatever the project says', () => {
    expect(runCheck(check, instanceFixture({ metadata: serial('0', false) }), [projectMetadataFixture(serial('1', true))]).status).toBe('pass')
  })

  it('follows the project value when the instance leaves it unset', () => {
    expect(runCheck(check, instanceFixture(), [projectMetadataFixture()]).status).toBe('pass')
    const inherited = runCheck(check, instanceFixture(), [projectMetadataFixture(serial('TRUE', true))])
    expect(inherited.status).toBe('fail')
    expect(inherited.message).toBe(
      `Instance app-1 inherits serial-port-enable=TRUE from project ${GCP_TEST_PROJECT}, enabling the interactive serial console.`,
    )
  })

  it('is ERROR when the inherited project value was not collected', () => {
    const gap: CollectionError = {
      provider: 'gcp',
      account: GCP_TEST_PROJECT,
      service: 'compute',
      region: 'global',
      api: 'compute.projects.get',
      reason: 'PERMISSION_DENIED',
      resourceTypes: [GCP_COMPUTE_TYPES.projectMetadata],
    }
    expect(runCheck(check, instanceFixture(), [], [gap]).status).toBe('error')
    expect(runCheck(check, instanceFixture(), []).status).toBe('error')
  })

  it('is ERROR, never PASS, when the instance list failed', () => {
    expect(statusesWhenListFails(check, 'compute', 'compute.instances.aggregatedList')).toEqual(['error'])
  })
})
