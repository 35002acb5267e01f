import { describe, expect, it } from 'vitest'
import { Inventory } from '../../../core/inventory.js'
import { evaluate } from '../../../evaluate/engine.js'
import type { Check } from '../../../evaluate/define-check.js'
import { AWS, type ApiGatewayV2StageAttributes } from '../../../normalize/aws/types.js'
import check from './aws-apigateway-http-stage-access-logging.js'
import { awsFixture, runCheck, TEST_NOW } from '../../_shared/testing.js'

const stage = (attrs: Partial<ApiGatewayV2StageAttributes>) =>
  awsFixture<ApiGatewayV2StageAttributes>(AWS.apigatewayV2Stage, {
    apiId: 'x1y2z3',
    apiName: 'orders-http',
    stageName: '$default',
    protocolType: 'HTTP',
    accessLogDestination: null,
    ...attrs,
  })

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<ApiGatewayV2StageAttributes>; expected: string }[] = [
    {
      name: 'HTTP stage with access logs',
      attrs: { accessLogDestination: 'arn:aws:logs:us-east-1:111122223333:log-group:http-access' },
      expected: 'pass',
    },
    { name: 'HTTP stage without access logs', attrs: {}, expected: 'fail' },
    { name: 'WebSocket stage without access logs', attrs: { protocolType: 'WEBSOCKET', stageName: 'prod' }, expected: 'fail' },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    const f = runCheck(check, stage(attrs))
    expect(f.status).toBe(expected)
    expect(f.message).toContain('orders-http')
  })

  it('GetStages failed → error', () => {
    const gap = {
      provider: 'aws' as const,
      account: '111122223333',
      region: 'us-east-1',
      service: 'apigatewayv2',
      api: 'GetStages',
      reason: 'AccessDenied',
      resourceTypes: [AWS.apigatewayV2Stage],
    }
    expect(evaluate([check as Check<unknown>], new Inventory([], [gap]), () => [], TEST_NOW).map((f) => f.status)).toEqual(['error'])
  })
})
