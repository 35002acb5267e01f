/**
 * API Gateway v2 (HTTP and WebSocket APIs) from code: `aws_apigatewayv2_api` with its `aws_apigatewayv2_route`s and
 * `aws_apigatewayv2_stage`, `AWS::ApiGatewayV2::Api` with `AWS::ApiGatewayV2::Route` and `AWS::ApiGatewayV2::Stage`.
 * Left out: routes without authorization (NONE), stages without access logging (CreateRoute, CreateStage defaults).
 */
import { isUnknown, unknown, type Maybe } from '../../core/unknown.js'
import { AWS, type ApiGatewayV2ApiAttributes, type ApiGatewayV2Route, type ApiGatewayV2StageAttributes } from '../../normalize/aws/types.js'
import { partsAdapter, type AdaptContext, type AdaptedResource, type Adapter, type IacResource } from '../model.js'
import { partsOf, presentLink } from './edge-shared.js'
import { block, bool, cfnTags, isUnset, obj, str, tfTags } from './values.js'

function text(v: unknown, fallback: string): string {
  const s = str(v, fallback)
  return isUnknown(s) ? fallback : s
}

function routesOf(api: IacResource, ctx: AdaptContext, language: 'tf' | 'cfn'): Maybe<ApiGatewayV2Route[]> {
  const f =
    language === 'tf'
      ? {
          route: 'aws_apigatewayv2_route',
          apiId: 'api_id',
          key: 'route_key',
          auth: 'authorization_type',
          apiKey: 'api_key_required',
          body: 'body',
          quick: 'route_key',
          target: 'target',
        }
      : {
          route: 'AWS::ApiGatewayV2::Route',
          apiId: 'ApiId',
          key: 'RouteKey',
          auth: 'AuthorizationType',
          apiKey: 'ApiKeyRequired',
          body: 'Body',
          quick: 'RouteKey',
          target: 'Target',
        }
  if (!isUnset(api.values[f.body])) return unknown('routes defined by an OpenAPI body are not read from code')
  const out: ApiGatewayV2Route[] = []
  // Quick create (target on the API) makes one route, $default unless a route key is given, without authorization.
  if (!isUnset(api.values[f.target])) out.push({ routeKey: text(api.values[f.quick], '$default'), authorizationType: 'NONE', apiKeyRequired: false })
  for (const route of partsOf(ctx, f.route, f.apiId, api)) {
    const auth = str(route.values[f.auth], 'NONE')
    const key = bool(route.values[f.apiKey], false)
    if (isUnknown(auth)) return auth
    if (isUnknown(key)) return key
    out.push({ routeKey: text(route.values[f.key], route.address), authorizationType: auth, apiKeyRequired: key === true })
  }
  return out
}

function v2Api(r: IacResource, ctx: AdaptContext, language: 'tf' | 'cfn'): AdaptedResource<ApiGatewayV2ApiAttributes>[] {
  const v = r.values
  const apiName = text(language === 'tf' ? v.name : v.Name, r.address)
  const protocol = text(language === 'tf' ? v.protocol_type : v.ProtocolType, 'HTTP')
  const disabled = bool(language === 'tf' ? v.disable_execute_api_endpoint : v.DisableExecuteApiEndpoint, false)
  return [
    {
      type: AWS.apigatewayV2Api,
      name: apiName,
      tags: language === 'tf' ? tfTags(v) : cfnTags(v),
      attributes: {
        apiId: r.address,
        apiName,
        protocolType: protocol,
        disableExecuteApiEndpoint: disabled === true,
        routes: routesOf(r, ctx, language),
      },
    },
  ]
}

function v2Stage(r: IacResource, ctx: AdaptContext, language: 'tf' | 'cfn'): AdaptedResource<ApiGatewayV2StageAttributes>[] {
  const v = r.values
  const api = ctx.resolve(language === 'tf' ? v.api_id : v.ApiId)
  const apiName = api ? text(language === 'tf' ? api.values.name : api.values.Name, api.address) : '(known after apply)'
  const protocolType = api ? text(language === 'tf' ? api.values.protocol_type : api.values.ProtocolType, 'HTTP') : 'HTTP'
  const stageName = text(language === 'tf' ? v.name : v.StageName, r.address)
  const log = language === 'tf' ? block(v, 'access_log_settings') : obj(v.AccessLogSettings)
  const destination = isUnknown(log) ? log : language === 'tf' ? log?.destination_arn : log?.DestinationArn
  return [
    {
      type: AWS.apigatewayV2Stage,
      name: `${apiName}/${stageName}`,
      tags: language === 'tf' ? tfTags(v) : cfnTags(v),
      attributes: { apiId: api ? api.address : apiName, apiName, stageName, protocolType, accessLogDestination: presentLink(destination, ctx) },
      relations: api ? [{ kind: 'stage-of', target: ctx.uidOf(api) }] : [],
    },
  ]
}

/** API Gateway v2 adapters (Terraform and CloudFormation). */
export const apigatewayV2Adapters: Adapter[] = [
  { language: 'terraform', types: ['aws_apigatewayv2_api'], produces: [AWS.apigatewayV2Api], adapt: (r, ctx) => v2Api(r, ctx, 'tf') },
  { language: 'terraform', types: ['aws_apigatewayv2_stage'], produces: [AWS.apigatewayV2Stage], adapt: (r, ctx) => v2Stage(r, ctx, 'tf') },
  { language: 'cloudformation', types: ['AWS::ApiGatewayV2::Api'], produces: [AWS.apigatewayV2Api], adapt: (r, ctx) => v2Api(r, ctx, 'cfn') },
  { language: 'cloudformation', types: ['AWS::ApiGatewayV2::Stage'], produces: [AWS.apigatewayV2Stage], adapt: (r, ctx) => v2Stage(r, ctx, 'cfn') },
  partsAdapter('terraform', ['aws_apigatewayv2_route']),
  partsAdapter('cloudformation', ['AWS::ApiGatewayV2::Route']),
]
