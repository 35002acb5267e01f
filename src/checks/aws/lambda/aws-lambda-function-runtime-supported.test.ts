import { describe, expect, it } from 'vitest'
import { Inventory } from '../../../core/inventory.js'
import { evaluate } from '../../../evaluate/engine.js'
import check from './aws-lambda-function-runtime-supported.js'
import { runCheck, TEST_NOW } from '../../_shared/testing.js'
import { lambdaFn } from './function-fixtures.js'
import { deprecatedSince } from './runtimes.js'

describe(check.id, () => {
  // TEST_NOW is 2026-06-01.
  const cases: { runtime: string; expected: string }[] = [
    { runtime: 'python3.13', expected: 'pass' },
    { runtime: 'nodejs22.x', expected: 'pass' },
    { runtime: 'provided.al2023', expected: 'pass' },
    { runtime: 'python3.8', expected: 'fail' },
    { runtime: 'nodejs16.x', expected: 'fail' },
    { runtime: 'go1.x', expected: 'fail' },
    { runtime: 'nodejs20.x', expected: 'fail' },
  ]
  it.each(cases)('$runtime → $expected', ({ runtime, expected }) => {
    expect(runCheck(check, lambdaFn({ runtime })).status).toBe(expected)
  })

  it('uses the scan date: a runtime scheduled for deprecation passes before its date', () => {
    expect(deprecatedSince('nodejs20.x', new Date('2026-04-29T00:00:00Z'))).toBeNull()
    expect(deprecatedSince('nodejs20.x', new Date('2026-04-30T00:00:00Z'))).toBe('2026-04-30')
  })

  it('gives no finding for container image functions', () => {
    expect(evaluate([check], new Inventory([lambdaFn({ runtime: null, packageType: 'Image' })]), () => [], TEST_NOW)).toHaveLength(0)
  })
  // The runtime comes from ListFunctions itself: a failed list leaves no function to evaluate (no error case).
})
