import { describe, expect, it } from 'vitest'
import check from './azure-network-watcher-enabled.js'
import type { CollectionError } from '../../../core/resource.js'
import { AZURE_COMPUTE_TYPES } from '../../../normalize/azure/types-compute.js'
import { AZURE_TEST_SUBSCRIPTION, runCheck } from '../../_shared/testing.js'
import { subnet, subscriptionFixture, vnetFixture, watcherFixture } from '../../_shared/azure-compute-fixtures.js'

function gap(type: string): CollectionError {
  return {
    provider: 'azure',
    account: AZURE_TEST_SUBSCRIPTION,
    service: 'network',
    region: 'global',
    api: 'list',
    reason: 'AuthorizationFailed (HTTP 403)',
    resourceTypes: [type],
  }
}

describe(check.id, () => {
  const east = vnetFixture([subnet('app', null)], 'vnet-east', 'eastus')
  const west = vnetFixture([subnet('app', null, 'vnet-west')], 'vnet-west', 'westeurope')

  it.each([
    { name: 'watcher in every vnet region', others: [east, west, watcherFixture('eastus'), watcherFixture('westeurope')], expected: 'pass' },
    { name: 'no virtual networks', others: [], expected: 'pass' },
    { name: 'a region without a watcher', others: [east, west, watcherFixture('eastus')], expected: 'fail' },
    { name: 'a watcher that failed to provision', others: [east, watcherFixture('eastus', 'Failed')], expected: 'fail' },
    { name: 'watchers in regions without vnets do not matter', others: [east, watcherFixture('eastus'), watcherFixture('westus')], expected: 'pass' },
  ])('$name → $expected', ({ others, expected }) => {
    expect(runCheck(check, subscriptionFixture(), others).status).toBe(expected)
  })

  it('names the missing regions', () => {
    expect(runCheck(check, subscriptionFixture(), [east, west, watcherFixture('eastus')]).message).toBe(
      'Subscription Posture Test has virtual networks but no working Network Watcher in westeurope.',
    )
  })

  it.each([AZURE_COMPUTE_TYPES.virtualNetwork, AZURE_COMPUTE_TYPES.networkWatcher])('is ERROR when the %s list failed', (type) => {
    expect(runCheck(check, subscriptionFixture(), [east, watcherFixture('eastus')], [gap(type)]).status).toBe('error')
  })
})
