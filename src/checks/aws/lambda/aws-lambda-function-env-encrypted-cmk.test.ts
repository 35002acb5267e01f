import { describe, expect, it } from 'vitest'
import { Inventory } from '../../../core/inventory.js'
import { unknown } from '../../../core/unknown.js'
import { evaluate } from '../../../evaluate/engine.js'
import type { LambdaFunctionAttributes } from '../../../normalize/aws/types.js'
import check from './aws-lambda-function-env-encrypted-cmk.js'
import { runCheck, TEST_NOW } from '../../_shared/testing.js'
import { lambdaFn } from './function-fixtures.js'

describe(check.id, () => {
  const cases: { name: string; over: Partial<LambdaFunctionAttributes>; expected: string }[] = [
    { name: 'customer-managed key', over: {}, expected: 'pass' },
    { name: 'default aws/lambda key', over: { kmsKeyArn: null }, expected: 'fail' },
    {
      name: 'environment unreadable, default key',
      over: { kmsKeyArn: null, environmentSecrets: unknown('KMSAccessDeniedException') },
      expected: 'fail',
    },
  ]
  it.each(cases)('$name → $expected', ({ over, expected }) => {
    expect(runCheck(check, lambdaFn(over)).status).toBe(expected)
  })

  it('gives no finding for functions without environment variables', () => {
    const fn = lambdaFn({ kmsKeyArn: null, environmentSecrets: null, environmentVariableNames: [] })
    expect(evaluate([check], new Inventory([fn]), () => [], TEST_NOW)).toHaveLength(0)
  })
  // KMSKeyArn comes from ListFunctions itself: a failed list leaves no function to evaluate (no error case).
})
