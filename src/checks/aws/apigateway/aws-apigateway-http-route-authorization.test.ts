import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import { AWS, type ApiGatewayV2ApiAttributes, type ApiGatewayV2Route } from '../../../normalize/aws/types.js'
import check from './aws-apigateway-http-route-authorization.js'
import { awsFixture, runCheck } from '../../_shared/testing.js'

const api = (attrs: Partial<ApiGatewayV2ApiAttributes>) =>
  awsFixture<ApiGatewayV2ApiAttributes>(AWS.apigatewayV2Api, {
    apiId: 'x1y2z3',
    apiName: 'orders-http',
    protocolType: 'HTTP',
    disableExecuteApiEndpoint: false,
    routes: [],
    ...attrs,
  })
const r = (routeKey: string, authorizationType: string): ApiGatewayV2Route => ({ routeKey, authorizationType, apiKeyRequired: false })

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<ApiGatewayV2ApiAttributes>; expected: string; says: string }[] = [
    { name: 'JWT and IAM routes', attrs: { routes: [r('GET /orders', 'JWT'), r('POST /orders', 'AWS_IAM')] }, expected: 'pass', says: 'Every route' },
    {
      name: 'open CORS preflight only',
      attrs: { routes: [r('OPTIONS /orders', 'NONE'), r('GET /orders', 'CUSTOM')] },
      expected: 'pass',
      says: 'Every route',
    },
    { name: 'open $default route', attrs: { routes: [r('$default', 'NONE'), r('GET /orders', 'JWT')] }, expected: 'fail', says: '$default' },
    {
      name: 'WebSocket with authorized $connect',
      attrs: { protocolType: 'WEBSOCKET', routes: [r('$connect', 'CUSTOM'), r('sendmessage', 'NONE')] },
      expected: 'pass',
      says: '$connect',
    },
    {
      name: 'WebSocket with open $connect',
      attrs: { protocolType: 'WEBSOCKET', routes: [r('$connect', 'NONE')] },
      expected: 'fail',
      says: '$connect',
    },
    { name: 'routes not collected', attrs: { routes: unknown('apigateway:GetRoutes: AccessDenied') }, expected: 'error', says: 'orders-http' },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected, says }) => {
    const f = runCheck(check, api(attrs))
    expect(f.status).toBe(expected)
    expect(f.message).toContain(says)
  })
})
