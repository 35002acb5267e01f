import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import check from './aws-eks-cluster-private-endpoint-enabled.js'
import { runCheck } from '../../_shared/testing.js'
import { cluster } from './fixtures.js'

describe(check.id, () => {
  const failed = unknown('eks:DescribeCluster: AccessDenied')
  const cases: { name: string; resource: ReturnType<typeof cluster>; expected: string }[] = [
    { name: 'enabled', resource: cluster(), expected: 'pass' },
    { name: 'disabled', resource: cluster({ endpointPrivateAccess: false }), expected: 'fail' },
    { name: 'not collected', resource: cluster({ endpointPrivateAccess: failed }), expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ resource, expected }) => {
    expect(runCheck(check, resource).status).toBe(expected)
  })
})
