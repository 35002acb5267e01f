import { describe, expect, it } from 'vitest'
import { Inventory } from '../../../core/inventory.js'
import { evaluate } from '../../../evaluate/engine.js'
import type { Check } from '../../../evaluate/define-check.js'
import { AWS, type ApiGatewayDomainNameAttributes } from '../../../normalize/aws/types.js'
import check from './aws-apigateway-domain-tls12.js'
import { awsFixture, runCheck, TEST_NOW } from '../../_shared/testing.js'

const domain = (securityPolicy: string | null) =>
  awsFixture<ApiGatewayDomainNameAttributes>(AWS.apigatewayDomainName, { domainName: 'api.example.com', securityPolicy, endpointTypes: ['REGIONAL'] })

describe(check.id, () => {
  const cases: { policy: string | null; expected: string }[] = [
    { policy: 'TLS_1_2', expected: 'pass' },
    { policy: 'SecurityPolicy_TLS13_1_3_2025_09', expected: 'pass' },
    { policy: 'SecurityPolicy_TLS13_1_2_PFS_PQ_2025_09', expected: 'pass' },
    { policy: 'TLS_1_0', expected: 'fail' },
    { policy: null, expected: 'fail' },
  ]
  it.each(cases)('$policy → $expected', ({ policy, expected }) => {
    const f = runCheck(check, domain(policy))
    expect(f.status).toBe(expected)
    expect(f.message).toContain('api.example.com')
  })

  it('GetDomainNames failed → error', () => {
    const gap = {
      provider: 'aws' as const,
      account: '111122223333',
      region: 'us-east-1',
      service: 'apigateway',
      api: 'GetDomainNames',
      reason: 'AccessDenied',
      resourceTypes: [AWS.apigatewayDomainName],
    }
    expect(evaluate([check as Check<unknown>], new Inventory([], [gap]), () => [], TEST_NOW).map((f) => f.status)).toEqual(['error'])
  })
})
