import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import { type Elbv2LoadBalancerAttributes } from '../../../normalize/aws/types.js'
import check from './aws-elbv2-tls-policy-current.js'
import { lb, listener } from './load-balancer-fixtures.js'
import { runCheck } from '../../_shared/testing.js'

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<Elbv2LoadBalancerAttributes>; expected: string }[] = [
    {
      name: 'TLS 1.3/1.2 policy',
      attrs: { listeners: [listener('HTTPS', 443, { sslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06' })] },
      expected: 'pass',
    },
    {
      name: 'FS 1.2 policy',
      attrs: { listeners: [listener('HTTPS', 443, { sslPolicy: 'ELBSecurityPolicy-FS-1-2-Res-2020-10' })] },
      expected: 'pass',
    },
    {
      name: 'NLB TLS 1.2 policy',
      attrs: { type: 'network', listeners: [listener('TLS', 443, { sslPolicy: 'ELBSecurityPolicy-TLS-1-2-2017-01' })] },
      expected: 'pass',
    },
    { name: 'no HTTPS listener', attrs: { listeners: [listener('HTTP', 80)] }, expected: 'pass' },
    { name: 'API default 2016-08', attrs: { listeners: [listener('HTTPS', 443, { sslPolicy: 'ELBSecurityPolicy-2016-08' })] }, expected: 'fail' },
    {
      name: 'TLS13-1-0 (still accepts TLS 1.0)',
      attrs: { listeners: [listener('HTTPS', 443, { sslPolicy: 'ELBSecurityPolicy-TLS13-1-0-2021-06' })] },
      expected: 'fail',
    },
    {
      name: 'NLB TLS 1.1 policy',
      attrs: { type: 'network', listeners: [listener('TLS', 443, { sslPolicy: 'ELBSecurityPolicy-TLS-1-1-2017-01' })] },
      expected: 'fail',
    },
    { name: 'listeners not collected', attrs: { listeners: unknown('elbv2:DescribeListeners: AccessDenied') }, expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    expect(runCheck(check, lb(attrs)).status).toBe(expected)
  })
})
