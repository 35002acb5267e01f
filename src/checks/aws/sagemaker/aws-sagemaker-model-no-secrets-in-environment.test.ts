import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import check from './aws-sagemaker-model-no-secrets-in-environment.js'
import { model } from './fixtures.js'
import { runCheck } from '../../_shared/testing.js'

describe(check.id, () => {
  const failed = unknown('sagemaker:DescribeModel: AccessDenied')
  const cases: { name: string; attrs: Parameters<typeof model>[0]; expected: string }[] = [
    { name: 'no secrets', attrs: {}, expected: 'pass' },
    {
      name: 'access key in the environment',
      attrs: { environmentSecrets: [{ location: 'container primary environment variable AWS_ACCESS_KEY_ID', kind: 'AWS access key ID' }] },
      expected: 'fail',
    },
    { name: 'model not described', attrs: { environmentSecrets: failed }, expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    expect(runCheck(check, model(attrs)).status).toBe(expected)
  })
})
