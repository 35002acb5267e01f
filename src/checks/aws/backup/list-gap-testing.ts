/** Test helper for checks whose attributes all come from a list call: a failed list must yield ERROR, never PASS. */
import { Inventory } from '../../../core/inventory.js'
import type { Status } from '../../../core/finding.js'
import { evaluate } from '../../../evaluate/engine.js'
import type { Check } from '../../../evaluate/define-check.js'
import { TEST_NOW } from '../../_shared/testing.js'

/** Statuses the check reports when `service:api` failed to list its resource type in us-east-1 of account 111122223333. */
export function statusesWhenListFails<A>(check: Check<A>, service: string, api: string): Status[] {
  const gap = {
    provider: 'aws' as const,
    account: '111122223333',
    service,
    region: 'us-east-1',
    api,
    reason: 'AccessDeniedException: not authorized',
    resourceTypes: [check.resourceType],
  }
  return evaluate([check as Check<unknown>], new Inventory([], [gap]), () => [], TEST_NOW).map((f) => f.status)
}
