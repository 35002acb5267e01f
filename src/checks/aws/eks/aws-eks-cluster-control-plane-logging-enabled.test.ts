import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import check from './aws-eks-cluster-control-plane-logging-enabled.js'
import { runCheck } from '../../_shared/testing.js'
import { cluster } from './fixtures.js'

describe(check.id, () => {
  const failed = unknown('eks:DescribeCluster: AccessDenied')
  const cases: { name: string; resource: ReturnType<typeof cluster>; expected: string }[] = [
    { name: 'all five types', resource: cluster(), expected: 'pass' },
    { name: 'audit missing', resource: cluster({ enabledLogTypes: ['api', 'authenticator', 'controllerManager', 'scheduler'] }), expected: 'fail' },
    { name: 'logging off', resource: cluster({ enabledLogTypes: [] }), expected: 'fail' },
    { name: 'not collected', resource: cluster({ enabledLogTypes: failed }), expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ resource, expected }) => {
    expect(runCheck(check, resource).status).toBe(expected)
  })
})
