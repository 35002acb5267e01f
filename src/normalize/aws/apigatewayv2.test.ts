import { describe, expect, it } from 'vitest'
import { isUnknown } from '../../core/unknown.js'
import type { ApiGatewayV2Raw } from '../../collect/aws/apigatewayv2.js'
import { normalizeApigatewayv2 } from './apigatewayv2.js'
import { AWS } from './types.js'

const scope = { account: '111122223333', region: 'eu-west-1', regions: ['eu-west-1'] }
const ARN = 'arn:aws:apigateway:eu-west-1::/apis/x1y2z3'

// Shapes as GetApis, GetStages and GetRoutes return them.
const raw = (routes: ApiGatewayV2Raw['apis'][number]['routes']): ApiGatewayV2Raw => ({
  apis: [
    {
      api: {
        ApiId: 'x1y2z3',
        Name: 'orders-http',
        ProtocolType: 'HTTP',
        RouteSelectionExpression: '${request.method} ${request.path}',
        ApiEndpoint: 'https://x1y2z3.execute-api.eu-west-1.amazonaws.com',
      },
      stages: [
        { StageName: '$default', AutoDeploy: true },
        {
          StageName: 'prod',
          AccessLogSettings: { DestinationArn: 'arn:aws:logs:eu-west-1:111122223333:log-group:http', Format: '$context.requestId' },
        },
      ],
      routes,
    },
  ],
})

describe('normalizeApigatewayv2', () => {
  it('an HTTP API with routes and stages', () => {
    const out = normalizeApigatewayv2(
      raw({
        ok: true,
        value: [
          { RouteKey: 'GET /orders', AuthorizationType: 'JWT', AuthorizerId: 'au1' },
          { RouteKey: '$default', AuthorizationType: 'NONE' },
        ],
      }),
      scope,
    )
    expect(out.map((r) => [r.type, r.uid])).toEqual([
      [AWS.apigatewayV2Api, ARN],
      [AWS.apigatewayV2Stage, `${ARN}/stages/$default`],
      [AWS.apigatewayV2Stage, `${ARN}/stages/prod`],
    ])
    expect(out[0]!.attributes).toMatchObject({
      protocolType: 'HTTP',
      routes: [
        { routeKey: 'GET /orders', authorizationType: 'JWT', apiKeyRequired: false },
        { routeKey: '$default', authorizationType: 'NONE', apiKeyRequired: false },
      ],
    })
    expect(out[1]!.attributes).toMatchObject({ accessLogDestination: null })
    expect(out[2]!.attributes).toMatchObject({ accessLogDestination: 'arn:aws:logs:eu-west-1:111122223333:log-group:http' })
  })

  it('a failed GetRoutes leaves the routes Unknown', () => {
    const [api] = normalizeApigatewayv2(raw({ ok: false, reason: 'AccessDenied', code: 'AccessDenied' }), scope)
    expect(isUnknown((api!.attributes as { routes: unknown }).routes)).toBe(true)
  })
})
