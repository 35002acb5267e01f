import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import type { LambdaFunctionAttributes } from '../../../normalize/aws/types.js'
import check from './aws-lambda-function-url-auth-required.js'
import { runCheck } from '../../_shared/testing.js'
import { lambdaFn } from './function-fixtures.js'

const URL_ = 'https://abcdefg.lambda-url.us-east-1.on.aws/'

describe(check.id, () => {
  const cases: { name: string; url: LambdaFunctionAttributes['functionUrl']; expected: string }[] = [
    { name: 'no function URL', url: null, expected: 'pass' },
    { name: 'URL with AWS_IAM', url: { url: URL_, authType: 'AWS_IAM' }, expected: 'pass' },
    { name: 'URL with AuthType NONE', url: { url: URL_, authType: 'NONE' }, expected: 'fail' },
    { name: 'GetFunctionUrlConfig denied', url: unknown('lambda:GetFunctionUrlConfig: AccessDeniedException'), expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ url, expected }) => {
    expect(runCheck(check, lambdaFn({ functionUrl: url })).status).toBe(expected)
  })
})
