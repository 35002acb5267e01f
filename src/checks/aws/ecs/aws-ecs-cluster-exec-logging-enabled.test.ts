import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import check from './aws-ecs-cluster-exec-logging-enabled.js'
import { runCheck } from '../../_shared/testing.js'
import { cluster } from './fixtures.js'

describe(check.id, () => {
  const failed = unknown('ecs:DescribeClusters: AccessDenied')
  const cases: { name: string; resource: ReturnType<typeof cluster>; expected: string }[] = [
    { name: 'not configured (DEFAULT)', resource: cluster(), expected: 'pass' },
    { name: 'OVERRIDE', resource: cluster({ execCommandLogging: 'OVERRIDE' }), expected: 'pass' },
    { name: 'NONE', resource: cluster({ execCommandLogging: 'NONE' }), expected: 'fail' },
    { name: 'not collected', resource: cluster({ execCommandLogging: failed }), expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ resource, expected }) => {
    expect(runCheck(check, resource).status).toBe(expected)
  })
})
