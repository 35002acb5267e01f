import { describe, expect, it } from 'vitest'
import check from './azure-compute-disk-no-public-network-access.js'
import { runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { diskFixture } from '../../_shared/azure-compute-fixtures.js'

describe(check.id, () => {
  it.each([
    { networkAccessPolicy: 'AllowAll', publicNetworkAccess: 'Enabled', expected: 'fail' },
    { networkAccessPolicy: 'AllowAll', publicNetworkAccess: 'Disabled', expected: 'pass' },
    { networkAccessPolicy: 'AllowPrivate', publicNetworkAccess: 'Enabled', expected: 'pass' },
    { networkAccessPolicy: 'DenyAll', publicNetworkAccess: 'Enabled', expected: 'pass' },
  ])('$networkAccessPolicy / $publicNetworkAccess → $expected', ({ networkAccessPolicy, publicNetworkAccess, expected }) => {
    expect(runCheck(check, diskFixture({ networkAccessPolicy, publicNetworkAccess })).status).toBe(expected)
  })

  it('is ERROR when the disk list failed', () => {
    expect(statusesWhenListFails(check)).toEqual(['error'])
  })
})
