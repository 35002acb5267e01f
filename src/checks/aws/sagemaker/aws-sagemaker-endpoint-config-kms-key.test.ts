import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import check from './aws-sagemaker-endpoint-config-kms-key.js'
import { endpointConfig } from './fixtures.js'
import { runCheck } from '../../_shared/testing.js'

describe(check.id, () => {
  const failed = unknown('sagemaker:DescribeEndpointConfig: AccessDenied')
  const cases: { name: string; attrs: Parameters<typeof endpointConfig>[0]; expected: string }[] = [
    { name: 'KMS key set', attrs: {}, expected: 'pass' },
    { name: 'no key, EBS-backed instance', attrs: { kmsKeyId: null }, expected: 'fail' },
    {
      name: 'no key, only local NVMe or serverless variants',
      attrs: {
        kmsKeyId: null,
        productionVariants: [
          { variantName: 'gpu', instanceType: 'ml.g4dn.xlarge', serverless: false },
          { variantName: 'cheap', instanceType: null, serverless: true },
        ],
      },
      expected: 'pass',
    },
    {
      name: 'no key, one variant still on EBS',
      attrs: {
        kmsKeyId: null,
        productionVariants: [
          { variantName: 'gpu', instanceType: 'ml.p4d.24xlarge', serverless: false },
          { variantName: 'cpu', instanceType: 'ml.c5.xlarge', serverless: false },
        ],
      },
      expected: 'fail',
    },
    { name: 'configuration not described', attrs: { kmsKeyId: failed, productionVariants: failed }, expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    expect(runCheck(check, endpointConfig(attrs)).status).toBe(expected)
  })
})
