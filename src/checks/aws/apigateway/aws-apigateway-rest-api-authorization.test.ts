import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import { Inventory } from '../../../core/inventory.js'
import { evaluate } from '../../../evaluate/engine.js'
import type { Check } from '../../../evaluate/define-check.js'
import { AWS, type ApiGatewayMethod, type ApiGatewayRestApiAttributes } from '../../../normalize/aws/types.js'
import check from './aws-apigateway-rest-api-authorization.js'
import { awsFixture, runCheck, TEST_NOW } from '../../_shared/testing.js'

const api = (attrs: Partial<ApiGatewayRestApiAttributes>) =>
  awsFixture<ApiGatewayRestApiAttributes>(AWS.apigatewayRestApi, {
    apiId: 'a1b2c3d4e5',
    apiName: 'orders-api',
    endpointTypes: ['REGIONAL'],
    methods: [],
    ...attrs,
  })
const m = (httpMethod: string, authorizationType: string, apiKeyRequired = false): ApiGatewayMethod => ({
  path: '/orders',
  httpMethod,
  authorizationType,
  apiKeyRequired,
})

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<ApiGatewayRestApiAttributes>; expected: string; says: string }[] = [
    {
      name: 'IAM and Cognito methods',
      attrs: { methods: [m('GET', 'AWS_IAM'), m('POST', 'COGNITO_USER_POOLS')] },
      expected: 'pass',
      says: 'Every method',
    },
    { name: 'API key required', attrs: { methods: [m('GET', 'NONE', true)] }, expected: 'pass', says: 'Every method' },
    { name: 'open OPTIONS for CORS only', attrs: { methods: [m('OPTIONS', 'NONE'), m('GET', 'CUSTOM')] }, expected: 'pass', says: 'Every method' },
    { name: 'open GET', attrs: { methods: [m('GET', 'NONE'), m('POST', 'AWS_IAM')] }, expected: 'fail', says: 'GET /orders' },
    { name: 'methods not collected', attrs: { methods: unknown('apigateway:GetResources: AccessDenied') }, expected: 'error', says: 'orders-api' },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected, says }) => {
    const f = runCheck(check, api(attrs))
    expect(f.status).toBe(expected)
    expect(f.message).toContain(says)
  })

  it('private APIs are out of scope', () => {
    expect(
      evaluate([check as Check<unknown>], new Inventory([api({ endpointTypes: ['PRIVATE'], methods: [m('GET', 'NONE')] })]), () => [], TEST_NOW),
    ).toEqual([])
  })
})
