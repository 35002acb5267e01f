import { describe, expect, it } from 'vitest'
import { Inventory } from '../../../core/inventory.js'
import { unknown } from '../../../core/unknown.js'
import { evaluate } from '../../../evaluate/engine.js'
import type { LambdaFunctionAttributes } from '../../../normalize/aws/types.js'
import check from './aws-lambda-function-code-signing.js'
import { runCheck, TEST_NOW } from '../../_shared/testing.js'
import { lambdaFn } from './function-fixtures.js'

describe(check.id, () => {
  const cases: { name: string; arn: LambdaFunctionAttributes['codeSigningConfigArn']; expected: string }[] = [
    { name: 'code signing configured', arn: 'arn:aws:lambda:us-east-1:111122223333:code-signing-config:csc-0123', expected: 'pass' },
    { name: 'no code signing', arn: null, expected: 'fail' },
    { name: 'not collected', arn: unknown('lambda:GetFunctionCodeSigningConfig: AccessDeniedException'), expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ arn, expected }) => {
    expect(runCheck(check, lambdaFn({ codeSigningConfigArn: arn })).status).toBe(expected)
  })

  it('gives no finding for container image functions', () => {
    const fn = lambdaFn({ packageType: 'Image', runtime: null, codeSigningConfigArn: null })
    expect(evaluate([check], new Inventory([fn]), () => [], TEST_NOW)).toHaveLength(0)
  })
})
