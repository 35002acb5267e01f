import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import type { LambdaFunctionAttributes } from '../../../normalize/aws/types.js'
import check from './aws-lambda-function-env-no-secrets.js'
import { runCheck } from '../../_shared/testing.js'
import { lambdaFn } from './function-fixtures.js'

describe(check.id, () => {
  const cases: { name: string; secrets: LambdaFunctionAttributes['environmentSecrets']; expected: string }[] = [
    { name: 'no environment variables', secrets: null, expected: 'pass' },
    { name: 'variables without secrets', secrets: [], expected: 'pass' },
    { name: 'Stripe key in a variable', secrets: [{ location: 'environment variable STRIPE_KEY', kind: 'Stripe secret key' }], expected: 'fail' },
    {
      name: 'environment not readable',
      secrets: unknown('lambda:ListFunctions: environment not readable (KMSAccessDeniedException)'),
      expected: 'error',
    },
  ]
  it.each(cases)('$name → $expected', ({ secrets, expected }) => {
    expect(runCheck(check, lambdaFn({ environmentSecrets: secrets })).status).toBe(expected)
  })

  it('names the variable and the kind', () => {
    const f = runCheck(check, lambdaFn({ environmentSecrets: [{ location: 'environment variable STRIPE_KEY', kind: 'Stripe secret key' }] }))
    expect(f.message).toContain('Stripe secret key in environment variable STRIPE_KEY')
  })
})
