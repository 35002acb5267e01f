import type { Resource } from '../../core/resource.js'
import { unknown } from '../../core/unknown.js'
import { restApiArn, type ApiGatewayRaw } from '../../collect/aws/apigateway.js'
import { partitionOf } from '../../collect/aws/ec2-arn.js'
import {
  AWS,
  type ApiGatewayDomainNameAttributes,
  type ApiGatewayMethod,
  type ApiGatewayMethodSetting,
  type ApiGatewayRestApiAttributes,
  type ApiGatewayStageAttributes,
} from './types.js'
import { awsResource, type NormalizeScope } from './helpers.js'

/** REST APIs → aws.apigateway.rest-api, their stages → aws.apigateway.stage, custom domains → aws.apigateway.domain-name. */
export function normalizeApigateway(raw: ApiGatewayRaw, scope: NormalizeScope): Resource[] {
  const out: Resource[] = []
  for (const { api, stages, resources } of raw.apis) {
    const apiId = api.id ?? ''
    const apiName = api.name ?? apiId
    const arn = restApiArn(scope.region, apiId)
    const endpointTypes = [...(api.endpointConfiguration?.types ?? [])]
    const methods = resources.ok
      ? (resources.value ?? []).flatMap((res) =>
          Object.entries(res.resourceMethods ?? {}).map(([verb, m]): ApiGatewayMethod => ({
            path: res.path ?? '/',
            httpMethod: m.httpMethod ?? verb,
            authorizationType: m.authorizationType ?? 'NONE',
            apiKeyRequired: m.apiKeyRequired ?? false,
          })),
        )
      : unknown(`apigateway:GetResources: ${resources.reason}`)
    out.push(
      awsResource<ApiGatewayRestApiAttributes>({
        uid: arn,
        type: AWS.apigatewayRestApi,
        account: scope.account,
        region: scope.region,
        name: apiName,
        tags: { ...(api.tags ?? {}) },
        attributes: { apiId, apiName, endpointTypes, methods },
      }),
    )
    for (const stage of stages) {
      const stageName = stage.stageName ?? ''
      const methodSettings = Object.entries(stage.methodSettings ?? {}).map(([key, s]): ApiGatewayMethodSetting => ({
        key,
        loggingLevel: s.loggingLevel ?? null,
        cachingEnabled: s.cachingEnabled ?? false,
        cacheDataEncrypted: s.cacheDataEncrypted ?? false,
      }))
      out.push(
        awsResource<ApiGatewayStageAttributes>({
          uid: `${arn}/stages/${stageName}`,
          type: AWS.apigatewayStage,
          account: scope.account,
          region: scope.region,
          name: `${apiName}/${stageName}`,
          tags: { ...(stage.tags ?? {}) },
          relations: [{ kind: 'stage-of', target: arn }],
          attributes: {
            apiId,
            apiName,
            stageName,
            endpointTypes,
            methodSettings,
            accessLogDestination: stage.accessLogSettings?.destinationArn || null,
            tracingEnabled: stage.tracingEnabled ?? false,
            webAclArn: stage.webAclArn || null,
            clientCertificateId: stage.clientCertificateId || null,
            cacheClusterEnabled: stage.cacheClusterEnabled ?? false,
          },
        }),
      )
    }
  }
  for (const d of raw.domainNames) {
    const domainName = d.domainName ?? ''
    out.push(
      awsResource<ApiGatewayDomainNameAttributes>({
        uid: `arn:${partitionOf(scope.region)}:apigateway:${scope.region}::/domainnames/${domainName}`,
        type: AWS.apigatewayDomainName,
        account: scope.account,
        region: scope.region,
        name: domainName,
        tags: { ...(d.tags ?? {}) },
        attributes: { domainName, securityPolicy: d.securityPolicy ?? null, endpointTypes: [...(d.endpointConfiguration?.types ?? [])] },
      }),
    )
  }
  return out
}
