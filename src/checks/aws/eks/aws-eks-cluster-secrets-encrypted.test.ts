import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import check from './aws-eks-cluster-secrets-encrypted.js'
import { runCheck } from '../../_shared/testing.js'
import { cluster } from './fixtures.js'

describe(check.id, () => {
  const failed = unknown('eks:DescribeCluster: AccessDenied')
  const cases: { name: string; resource: ReturnType<typeof cluster>; expected: string }[] = [
    { name: 'KMS key', resource: cluster(), expected: 'pass' },
    { name: 'no encryption config', resource: cluster({ secretsKmsKeyArn: null }), expected: 'fail' },
    { name: 'not collected', resource: cluster({ secretsKmsKeyArn: failed }), expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ resource, expected }) => {
    expect(runCheck(check, resource).status).toBe(expected)
  })
})
