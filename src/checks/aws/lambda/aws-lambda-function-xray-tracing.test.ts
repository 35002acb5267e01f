import { describe, expect, it } from 'vitest'
import check from './aws-lambda-function-xray-tracing.js'
import { runCheck } from '../../_shared/testing.js'
import { lambdaFn } from './function-fixtures.js'

describe(check.id, () => {
  const cases: { tracingMode: string; expected: string }[] = [
    { tracingMode: 'Active', expected: 'pass' },
    { tracingMode: 'PassThrough', expected: 'fail' },
  ]
  it.each(cases)('$tracingMode → $expected', ({ tracingMode, expected }) => {
    expect(runCheck(check, lambdaFn({ tracingMode })).status).toBe(expected)
  })
  // TracingConfig comes from ListFunctions itself: a failed list leaves no function to evaluate (no error case).
})
