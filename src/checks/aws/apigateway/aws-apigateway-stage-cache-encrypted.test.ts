import { describe, expect, it } from 'vitest'
import { Inventory } from '../../../core/inventory.js'
import { evaluate } from '../../../evaluate/engine.js'
import type { Check } from '../../../evaluate/define-check.js'
import { AWS, type ApiGatewayStageAttributes } from '../../../normalize/aws/types.js'
import check from './aws-apigateway-stage-cache-encrypted.js'
import { awsFixture, runCheck, TEST_NOW } from '../../_shared/testing.js'

const stage = (attrs: Partial<ApiGatewayStageAttributes>) =>
  awsFixture<ApiGatewayStageAttributes>(
    AWS.apigatewayStage,
    {
      apiId: 'a1b2c3d4e5',
      apiName: 'orders-api',
      stageName: 'prod',
      endpointTypes: ['REGIONAL'],
      methodSettings: [],
      accessLogDestination: null,
      tracingEnabled: false,
      webAclArn: null,
      clientCertificateId: null,
      cacheClusterEnabled: false,
      ...attrs,
    },
    { uid: 'arn:aws:apigateway:us-east-1::/restapis/a1b2c3d4e5/stages/prod', name: 'orders-api/prod' },
  )

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<ApiGatewayStageAttributes>; expected: string }[] = [
    {
      name: 'cache encrypted',
      attrs: { cacheClusterEnabled: true, methodSettings: [{ key: '*/*', loggingLevel: null, cachingEnabled: true, cacheDataEncrypted: true }] },
      expected: 'pass',
    },
    { name: 'cache cluster but no caching method', attrs: { cacheClusterEnabled: true }, expected: 'pass' },
    {
      name: 'cache not encrypted',
      attrs: { cacheClusterEnabled: true, methodSettings: [{ key: '*/*', loggingLevel: null, cachingEnabled: true, cacheDataEncrypted: false }] },
      expected: 'fail',
    },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    const f = runCheck(check, stage(attrs))
    expect(f.status).toBe(expected)
    expect(f.message).toContain('prod')
  })

  it('GetStages failed → error', () => {
    const gap = {
      provider: 'aws' as const,
      account: '111122223333',
      region: 'us-east-1',
      service: 'apigateway',
      api: 'GetStages',
      reason: 'AccessDenied',
      resourceTypes: [AWS.apigatewayStage],
    }
    const findings = evaluate([check], new Inventory([], [gap]), () => [], TEST_NOW)
    expect(findings.map((f) => f.status)).toEqual(['error'])
  })

  it('stages without a cache cluster are out of scope', () => {
    expect(evaluate([check as Check<unknown>], new Inventory([stage({})]), () => [], TEST_NOW)).toEqual([])
  })
})
