import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import check from './aws-eks-cluster-endpoint-not-public.js'
import { runCheck } from '../../_shared/testing.js'
import { cluster } from './fixtures.js'

describe(check.id, () => {
  const failed = unknown('eks:DescribeCluster: AccessDenied')
  const cases: { name: string; resource: ReturnType<typeof cluster>; expected: string }[] = [
    { name: 'private only', resource: cluster(), expected: 'pass' },
    { name: 'public, restricted CIDRs', resource: cluster({ endpointPublicAccess: true, publicAccessCidrs: ['203.0.113.0/24'] }), expected: 'pass' },
    { name: 'public, open to 0.0.0.0/0', resource: cluster({ endpointPublicAccess: true, publicAccessCidrs: ['0.0.0.0/0'] }), expected: 'fail' },
    {
      name: 'public, open to ::/0',
      resource: cluster({ endpointPublicAccess: true, publicAccessCidrs: ['203.0.113.0/24', '::/0'] }),
      expected: 'fail',
    },
    { name: 'not collected', resource: cluster({ endpointPublicAccess: failed, publicAccessCidrs: failed }), expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ resource, expected }) => {
    expect(runCheck(check, resource).status).toBe(expected)
  })
})
