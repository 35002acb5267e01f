/** Test fixture shared by the REST API stage checks' tests: stage `prod` of API `orders-api`, nothing enabled. Not a check. */
import { AWS, type ApiGatewayStageAttributes } from '../../../normalize/aws/types.js'
import { awsFixture } from '../../_shared/testing.js'

export const stage = (attrs: Partial<ApiGatewayStageAttributes>) =>
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
