import { describe, expect, it } from 'vitest'
import { type Elbv2LoadBalancerAttributes } from '../../../normalize/aws/types.js'
import check from './aws-elbv2-deletion-protection-enabled.js'
import { failed, lb } from './load-balancer-fixtures.js'
import { runCheck } from '../../_shared/testing.js'

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<Elbv2LoadBalancerAttributes>; expected: string }[] = [
    { name: 'protected', attrs: {}, expected: 'pass' },
    { name: 'not protected', attrs: { deletionProtection: false }, expected: 'fail' },
    { name: 'attributes not collected', attrs: { deletionProtection: failed }, expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    expect(runCheck(check, lb(attrs)).status).toBe(expected)
  })
})
