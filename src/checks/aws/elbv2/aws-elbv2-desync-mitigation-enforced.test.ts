import { describe, expect, it } from 'vitest'
import { type Elbv2LoadBalancerAttributes } from '../../../normalize/aws/types.js'
import check from './aws-elbv2-desync-mitigation-enforced.js'
import { failed, lb } from './load-balancer-fixtures.js'
import { runCheck } from '../../_shared/testing.js'

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<Elbv2LoadBalancerAttributes>; expected: string }[] = [
    { name: 'defensive', attrs: {}, expected: 'pass' },
    { name: 'not reported (default defensive)', attrs: { desyncMitigationMode: null }, expected: 'pass' },
    { name: 'monitor', attrs: { desyncMitigationMode: 'monitor' }, expected: 'fail' },
    { name: 'attributes not collected', attrs: { desyncMitigationMode: failed }, expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    expect(runCheck(check, lb(attrs)).status).toBe(expected)
  })
})
