import { describe, expect, it } from 'vitest'
import check from './gcp-compute-instance-block-project-ssh-keys.js'
import { evaluate } from '../../../evaluate/engine.js'
import { Inventory } from '../../../core/inventory.js'
import type { Check } from '../../../evaluate/define-check.js'
import { runCheck, statusesWhenListFails, TEST_NOW } from '../../_shared/testing.js'
import { gkeNodeFixture, instanceFixture, metadataFixture } from '../../_shared/gcp-compute-fixtures.js'

describe(check.id, () => {
  it('passes when block-project-ssh-keys is TRUE', () => {
    expect(runCheck(check, instanceFixture()).status).toBe('pass')
  })

  it('fails when unset or FALSE, saying which', () => {
    const unset = runCheck(check, instanceFixture({ blockProjectSshKeys: false, metadata: metadataFixture() }))
    expect(unset.status).toBe('fail')
    expect(unset.message).toBe('Instance app-1 does not set block-project-ssh-keys, so project-wide SSH keys can log in.')
    const off = runCheck(
      check,
      instanceFixture({
        blockProjectSshKeys: false,
        metadata: metadataFixture({ keys: ['block-project-ssh-keys'], settings: { 'block-project-ssh-keys': 'false' } }),
      }),
    )
    expect(off.message).toBe('Instance app-1 sets block-project-ssh-keys=false, so project-wide SSH keys can log in.')
  })

  it('leaves GKE nodes out, as CIS does', () => {
    expect(evaluate([check as Check<unknown>], new Inventory([gkeNodeFixture({ blockProjectSshKeys: false })]), () => [], TEST_NOW)).toEqual([])
  })

  it('is ERROR, never PASS, when the instance list failed', () => {
    expect(statusesWhenListFails(check, 'compute', 'compute.instances.aggregatedList')).toEqual(['error'])
  })
})
