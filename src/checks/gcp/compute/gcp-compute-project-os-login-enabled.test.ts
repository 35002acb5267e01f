import { describe, expect, it } from 'vitest'
import check from './gcp-compute-project-os-login-enabled.js'
import type { CollectionError } from '../../../core/resource.js'
import { GCP_COMPUTE_TYPES } from '../../../normalize/gcp/types-compute.js'
import { GCP_TEST_PROJECT, runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { gkeNodeFixture, instanceFixture, metadataFixture, projectMetadataFixture } from '../../_shared/gcp-compute-fixtures.js'

const overriding = (name: string) =>
  instanceFixture({ metadata: metadataFixture({ keys: ['enable-oslogin'], settings: { 'enable-oslogin': 'FALSE' }, enableOsLogin: false }) }, name)

describe(check.id, () => {
  it('passes when the project enables OS Login and no instance turns it off', () => {
    const f = runCheck(check, projectMetadataFixture(), [instanceFixture(), instanceFixture({}, 'app-2')])
    expect(f.status).toBe('pass')
  })

  it('fails when the project leaves OS Login unset or off', () => {
    const unset = runCheck(check, projectMetadataFixture({ keys: [], settings: {}, enableOsLogin: null }))
    expect(unset.message).toBe(`Project ${GCP_TEST_PROJECT} does not set enable-oslogin in its common instance metadata, so OS Login is off.`)
    const off = runCheck(check, projectMetadataFixture({ settings: { 'enable-oslogin': 'FALSE' }, enableOsLogin: false }))
    expect(off.status).toBe('fail')
  })

  it('fails naming the instances that override it, ignoring GKE nodes', () => {
    const gke = gkeNodeFixture({ metadata: metadataFixture({ settings: { 'enable-oslogin': 'false' }, enableOsLogin: false }) })
    const f = runCheck(check, projectMetadataFixture(), [overriding('legacy-1'), instanceFixture(), gke])
    expect(f.status).toBe('fail')
    expect(f.message).toBe(`Project ${GCP_TEST_PROJECT} enables OS Login but instance(s) legacy-1 (us-central1-a) set enable-oslogin=FALSE.`)
  })

  it('ignores instances of other projects', () => {
    const elsewhere = {
      ...overriding('other-1'),
      account: 'posture-other-project',
      uid: '//compute.googleapis.com/projects/posture-other-project/zones/us-central1-a/instances/other-1',
    }
    expect(runCheck(check, projectMetadataFixture(), [elsewhere]).status).toBe('pass')
  })

  it('is ERROR when the instance list of the project failed', () => {
    const gap: CollectionError = {
      provider: 'gcp',
      account: GCP_TEST_PROJECT,
      service: 'compute',
      region: 'global',
      api: 'compute.instances.aggregatedList',
      reason: 'PERMISSION_DENIED',
      resourceTypes: [GCP_COMPUTE_TYPES.instance],
    }
    expect(runCheck(check, projectMetadataFixture(), [], [gap]).status).toBe('error')
  })

  it('is ERROR, never PASS, when projects.get failed', () => {
    expect(statusesWhenListFails(check, 'compute', 'compute.projects.get')).toEqual(['error'])
  })
})
