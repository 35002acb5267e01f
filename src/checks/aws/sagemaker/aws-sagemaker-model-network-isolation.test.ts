import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import check from './aws-sagemaker-model-network-isolation.js'
import { model } from './fixtures.js'
import { runCheck } from '../../_shared/testing.js'

describe(check.id, () => {
  const failed = unknown('sagemaker:DescribeModel: AccessDenied')
  const cases: { name: string; attrs: Parameters<typeof model>[0]; expected: string }[] = [
    { name: 'network isolation on', attrs: {}, expected: 'pass' },
    { name: 'network isolation off', attrs: { enableNetworkIsolation: false }, expected: 'fail' },
    { name: 'model not described', attrs: { enableNetworkIsolation: failed }, expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    expect(runCheck(check, model(attrs)).status).toBe(expected)
  })
})
