import { describe, expect, it } from 'vitest'
import { isUnknown } from '../../core/unknown.js'
import type { ApiGatewayRaw } from '../../collect/aws/apigateway.js'
import { normalizeApigateway } from './apigateway.js'
import { AWS } from './types.js'

const scope = { account: '111122223333', region: 'us-east-1', regions: ['us-east-1'] }
const API_ARN = 'arn:aws:apigateway:us-east-1::/restapis/a1b2c3d4e5'

// Shapes as GetRestApis, GetStages, GetResources (embed=methods) and GetDomainNames return them.
const raw = (resources: ApiGatewayRaw['apis'][number]['resources']): ApiGatewayRaw => ({
  apis: [
    {
      api: { id: 'a1b2c3d4e5', name: 'orders-api', endpointConfiguration: { types: ['REGIONAL'] }, tags: { team: 'orders' } },
      stages: [
        {
          stageName: 'prod',
          deploymentId: 'dep123',
          tracingEnabled: true,
          cacheClusterEnabled: true,
          webAclArn: 'arn:aws:wafv2:us-east-1:111122223333:regional/webacl/api/0a1b',
          accessLogSettings: { destinationArn: 'arn:aws:logs:us-east-1:111122223333:log-group:api', format: '$context.requestId' },
          methodSettings: { '*/*': { loggingLevel: 'ERROR', cachingEnabled: true, cacheDataEncrypted: false, metricsEnabled: false } },
        },
      ],
      resources,
    },
  ],
  domainNames: [{ domainName: 'api.example.com', securityPolicy: 'TLS_1_2', endpointConfiguration: { types: ['REGIONAL'] } }],
})

describe('normalizeApigateway', () => {
  it('an API, its stage and a custom domain', () => {
    const out = normalizeApigateway(
      raw({
        ok: true,
        value: [
          { id: 'root', path: '/' },
          {
            id: 'r1',
            path: '/orders',
            resourceMethods: {
              GET: { httpMethod: 'GET', authorizationType: 'NONE', apiKeyRequired: false },
              POST: { httpMethod: 'POST', authorizationType: 'AWS_IAM' },
            },
          },
        ],
      }),
      scope,
    )
    expect(out.map((r) => r.type)).toEqual([AWS.apigatewayRestApi, AWS.apigatewayStage, AWS.apigatewayDomainName])
    expect(out[0]).toMatchObject({
      uid: API_ARN,
      name: 'orders-api',
      tags: { team: 'orders' },
      attributes: {
        endpointTypes: ['REGIONAL'],
        methods: [
          { path: '/orders', httpMethod: 'GET', authorizationType: 'NONE', apiKeyRequired: false },
          { path: '/orders', httpMethod: 'POST', authorizationType: 'AWS_IAM', apiKeyRequired: false },
        ],
      },
    })
    expect(out[1]).toMatchObject({
      uid: `${API_ARN}/stages/prod`,
      relations: [{ kind: 'stage-of', target: API_ARN }],
      attributes: {
        stageName: 'prod',
        tracingEnabled: true,
        cacheClusterEnabled: true,
        clientCertificateId: null,
        accessLogDestination: 'arn:aws:logs:us-east-1:111122223333:log-group:api',
        methodSettings: [{ key: '*/*', loggingLevel: 'ERROR', cachingEnabled: true, cacheDataEncrypted: false }],
      },
    })
    expect(out[2]).toMatchObject({ uid: 'arn:aws:apigateway:us-east-1::/domainnames/api.example.com', attributes: { securityPolicy: 'TLS_1_2' } })
  })

  it('a failed GetResources leaves only the methods Unknown', () => {
    const [api, stage] = normalizeApigateway(raw({ ok: false, reason: 'AccessDenied', code: 'AccessDenied' }), scope)
    expect(isUnknown((api!.attributes as { methods: unknown }).methods)).toBe(true)
    expect(stage!.uid).toBe(`${API_ARN}/stages/prod`)
  })
})
