import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import check from './aws-ecs-cluster-container-insights-enabled.js'
import { runCheck } from '../../_shared/testing.js'
import { cluster } from './fixtures.js'

describe(check.id, () => {
  const failed = unknown('ecs:DescribeClusters: AccessDenied')
  const cases: { name: string; resource: ReturnType<typeof cluster>; expected: string }[] = [
    { name: 'enabled', resource: cluster(), expected: 'pass' },
    { name: 'enhanced', resource: cluster({ containerInsights: 'enhanced' }), expected: 'pass' },
    { name: 'disabled', resource: cluster({ containerInsights: 'disabled' }), expected: 'fail' },
    { name: 'not set', resource: cluster({ containerInsights: null }), expected: 'fail' },
    { name: 'not collected', resource: cluster({ containerInsights: failed }), expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ resource, expected }) => {
    expect(runCheck(check, resource).status).toBe(expected)
  })
})
