import { describe, expect, it } from 'vitest'
import check from './azure-aks-cluster-rbac-enabled.js'
import { runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { aksFixture } from '../../_shared/azure-compute-fixtures.js'

describe(check.id, () => {
  it.each([
    { enableRbac: true, expected: 'pass' },
    { enableRbac: false, expected: 'fail' },
    { enableRbac: null, expected: 'error' },
  ])('enableRbac $enableRbac → $expected', ({ enableRbac, expected }) => {
    expect(runCheck(check, aksFixture({ enableRbac })).status).toBe(expected)
  })

  it('is ERROR when the cluster list failed', () => {
    expect(statusesWhenListFails(check)).toEqual(['error'])
  })
})
