import type { Resource } from '../../core/resource.js'
import { unknown } from '../../core/unknown.js'
import { v2ApiArn, type ApiGatewayV2Raw } from '../../collect/aws/apigatewayv2.js'
import { AWS, type ApiGatewayV2ApiAttributes, type ApiGatewayV2StageAttributes } from './types.js'
import { awsResource, type NormalizeScope } from './helpers.js'

/** HTTP and WebSocket APIs → aws.apigateway.v2-api (with routes), their stages → aws.apigateway.v2-stage. */
export function normalizeApigatewayv2(raw: ApiGatewayV2Raw, scope: NormalizeScope): Resource[] {
  const out: Resource[] = []
  for (const { api, stages, routes } of raw.apis) {
    const apiId = api.ApiId ?? ''
    const apiName = api.Name ?? apiId
    const protocolType = api.ProtocolType ?? 'HTTP'
    const arn = v2ApiArn(scope.region, apiId)
    out.push(
      awsResource<ApiGatewayV2ApiAttributes>({
        uid: arn,
        type: AWS.apigatewayV2Api,
        account: scope.account,
        region: scope.region,
        name: apiName,
        tags: { ...(api.Tags ?? {}) },
        attributes: {
          apiId,
          apiName,
          protocolType,
          disableExecuteApiEndpoint: api.DisableExecuteApiEndpoint ?? false,
          routes: routes.ok
            ? (routes.value ?? []).map((r) => ({
                routeKey: r.RouteKey ?? '',
                authorizationType: r.AuthorizationType ?? 'NONE',
                apiKeyRequired: r.ApiKeyRequired ?? false,
              }))
            : unknown(`apigateway:GetRoutes: ${routes.reason}`),
        },
      }),
    )
    for (const stage of stages) {
      const stageName = stage.StageName ?? ''
      out.push(
        awsResource<ApiGatewayV2StageAttributes>({
          uid: `${arn}/stages/${stageName}`,
          type: AWS.apigatewayV2Stage,
          account: scope.account,
          region: scope.region,
          name: `${apiName}/${stageName}`,
          tags: { ...(stage.Tags ?? {}) },
          relations: [{ kind: 'stage-of', target: arn }],
          attributes: { apiId, apiName, stageName, protocolType, accessLogDestination: stage.AccessLogSettings?.DestinationArn || null },
        }),
      )
    }
  }
  return out
}
