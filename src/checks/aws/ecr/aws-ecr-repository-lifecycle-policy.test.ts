import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import type { EcrRepositoryAttributes } from '../../../normalize/aws/types.js'
import check from './aws-ecr-repository-lifecycle-policy.js'
import { runCheck } from '../../_shared/testing.js'
import { repo } from './repository-fixtures.js'

describe(check.id, () => {
  const cases: { name: string; policy: EcrRepositoryAttributes['lifecyclePolicy']; expected: string }[] = [
    { name: 'policy with rules', policy: { ruleCount: 2 }, expected: 'pass' },
    { name: 'no policy', policy: null, expected: 'fail' },
    { name: 'policy without rules', policy: { ruleCount: 0 }, expected: 'fail' },
    { name: 'not collected', policy: unknown('ecr:GetLifecyclePolicy: AccessDeniedException'), expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ policy, expected }) => {
    expect(runCheck(check, repo({ lifecyclePolicy: policy })).status).toBe(expected)
  })
})
