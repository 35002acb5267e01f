import { describe, expect, it } from 'vitest'
import check from './azure-acr-registry-anonymous-pull-disabled.js'
import { runCheck } from '../../_shared/testing.js'
import { acrRegistryFixture } from '../../_shared/azure-databases-fixtures.js'

describe(check.id, () => {
  it.each([
    { anonymousPullEnabled: false, expected: 'pass' },
    { anonymousPullEnabled: true, expected: 'fail' },
  ])('anonymousPullEnabled $anonymousPullEnabled → $expected', ({ anonymousPullEnabled, expected }) => {
    expect(runCheck(check, acrRegistryFixture({ anonymousPullEnabled })).status).toBe(expected)
  })
})
