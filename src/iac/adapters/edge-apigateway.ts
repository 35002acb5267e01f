/**
 * API Gateway from code. A REST API collects its methods (`aws_api_gateway_method` / `AWS::ApiGateway::Method`,
 * paths from the resource tree); a stage collects its method settings (`aws_api_gateway_method_settings`, or the
 * stage's MethodSettings) and the WAF web ACL associated with it.
 * Left out: endpoint type EDGE, authorization NONE, tracing, caching and access logging off, no client certificate,
 * security policy unset (API Gateway's TLS_1_0) — https://docs.aws.amazon.com/apigateway/latest/api/API_CreateRestApi.html
 * HTTP and WebSocket APIs are in edge-apigatewayv2.ts.
 */
import { isUnknown, unknown, type Maybe } from '../../core/unknown.js'
import {
  AWS,
  type ApiGatewayDomainNameAttributes,
  type ApiGatewayMethod,
  type ApiGatewayMethodSetting,
  type ApiGatewayRestApiAttributes,
  type ApiGatewayStageAttributes,
} from '../../normalize/aws/types.js'
import { isIacRef, partsAdapter, type AdaptContext, type AdaptedResource, type Adapter, type IacResource } from '../model.js'
import { cfnList, literals, partsOf, presentLink } from './edge-shared.js'
import { block, bool, cfnTags, isUnset, obj, str, strings, tfTags } from './values.js'

type Values = Readonly<Record<string, unknown>>

/** Names and field spellings that differ between the two languages. */
interface Dialect {
  api: string
  resource: string
  method: string
  restApiId: string
  resourceId: string
  parentId: string
  pathPart: string
  httpMethod: string
  authorization: string
  apiKeyRequired: string
  name: string
  endpoint: (v: Values) => unknown
  body: string
  rootAttribute: string
}

const TF: Dialect = {
  api: 'aws_api_gateway_rest_api',
  resource: 'aws_api_gateway_resource',
  method: 'aws_api_gateway_method',
  restApiId: 'rest_api_id',
  resourceId: 'resource_id',
  parentId: 'parent_id',
  pathPart: 'path_part',
  httpMethod: 'http_method',
  authorization: 'authorization',
  apiKeyRequired: 'api_key_required',
  name: 'name',
  endpoint: (v) => {
    const b = block(v, 'endpoint_configuration')
    return isUnknown(b) ? b : b?.types
  },
  body: 'body',
  rootAttribute: 'root_resource_id',
}

const CFN: Dialect = {
  api: 'AWS::ApiGateway::RestApi',
  resource: 'AWS::ApiGateway::Resource',
  method: 'AWS::ApiGateway::Method',
  restApiId: 'RestApiId',
  resourceId: 'ResourceId',
  parentId: 'ParentId',
  pathPart: 'PathPart',
  httpMethod: 'HttpMethod',
  authorization: 'AuthorizationType',
  apiKeyRequired: 'ApiKeyRequired',
  name: 'Name',
  endpoint: (v) => {
    const e = obj(v.EndpointConfiguration)
    return isUnknown(e) ? e : e?.Types
  },
  body: 'Body',
  rootAttribute: 'RootResourceId',
}

function text(v: unknown, fallback: string): string {
  const s = str(v, fallback)
  return isUnknown(s) ? fallback : s
}

/** Endpoint types; EDGE when left out (CreateRestApi). */
function endpointTypes(v: unknown): string[] {
  const types = strings(v)
  if (isUnknown(types) || types.length === 0) return ['EDGE']
  return types
}

/** The path of an API resource, walking parent references up to the root. */
function pathOf(id: unknown, d: Dialect, ctx: AdaptContext, depth = 0): Maybe<string> {
  if (isIacRef(id) && id.attribute === d.rootAttribute) return '/'
  const res = ctx.resolve(id)
  if (!res || res.type !== d.resource || depth > 50) return unknown('resource path known only after apply')
  const parent = pathOf(res.values[d.parentId], d, ctx, depth + 1)
  if (isUnknown(parent)) return parent
  const part = str(res.values[d.pathPart], null)
  if (isUnknown(part) || part === null) return unknown('resource path known only after apply')
  return `${parent === '/' ? '' : parent}/${part}`
}

function methodsOf(api: IacResource, d: Dialect, ctx: AdaptContext): Maybe<ApiGatewayMethod[]> {
  if (!isUnset(api.values[d.body])) return unknown('methods defined by an OpenAPI body are not read from code')
  const out: ApiGatewayMethod[] = []
  for (const m of partsOf(ctx, d.method, d.restApiId, api)) {
    const path = pathOf(m.values[d.resourceId], d, ctx)
    const verb = str(m.values[d.httpMethod], null)
    const auth = str(m.values[d.authorization], 'NONE')
    const key = bool(m.values[d.apiKeyRequired], false)
    if (isUnknown(verb) || verb === null) return unknown(`HTTP method of ${m.address} known only after apply`)
    if (isUnknown(auth)) return auth
    if (isUnknown(key)) return key
    out.push({
      path: isUnknown(path) ? `(${m.address})` : path,
      httpMethod: verb.toUpperCase(),
      authorizationType: auth,
      apiKeyRequired: key === true,
    })
  }
  return out
}

function restApi(r: IacResource, d: Dialect, ctx: AdaptContext, tags: Record<string, string>): AdaptedResource<ApiGatewayRestApiAttributes>[] {
  const apiName = text(r.values[d.name], r.address)
  return [
    {
      type: AWS.apigatewayRestApi,
      name: apiName,
      tags,
      attributes: { apiId: r.address, apiName, endpointTypes: endpointTypes(d.endpoint(r.values)), methods: methodsOf(r, d, ctx) },
    },
  ]
}

/** The web ACL associated with a resource (`aws_wafv2_web_acl_association` / `AWS::WAFv2::WebACLAssociation`). */
export function webAclFor(target: IacResource, ctx: AdaptContext, type: string, resourceField: string, aclField: string): string | null {
  const found = partsOf(ctx, type, resourceField, target)[0]
  if (found) return presentLink(found.values[aclField], ctx)
  // An association whose resource ARN is built at deploy (Fn::Sub of ids) cannot be matched to one resource.
  const undecided = ctx.ofType(type).find((a) => isUnknown(a.values[resourceField]) && !ctx.resolve(a.values[resourceField]))
  return undecided ? (unknown(`resource of ${undecided.address} known only after deploy`) as unknown as string) : null
}

function stageOf(
  r: IacResource,
  ctx: AdaptContext,
  d: Dialect,
  fields: { stageName: unknown; tracing: unknown; accessLog: unknown; clientCert: unknown; cache: unknown },
  methodSettings: ApiGatewayMethodSetting[],
  webAclArn: string | null,
  tags: Record<string, string>,
): AdaptedResource<ApiGatewayStageAttributes>[] {
  const api = ctx.resolve(r.values[d.restApiId])
  const apiName = api ? text(api.values[d.name], api.address) : text(r.values[d.restApiId], '(known after apply)')
  const stageName = text(fields.stageName, r.address)
  const tracing = bool(fields.tracing, false)
  const cache = bool(fields.cache, false)
  return [
    {
      type: AWS.apigatewayStage,
      name: `${apiName}/${stageName}`,
      tags,
      attributes: {
        apiId: api ? api.address : apiName,
        apiName,
        stageName,
        endpointTypes: api ? endpointTypes(d.endpoint(api.values)) : ['EDGE'],
        methodSettings,
        accessLogDestination: presentLink(fields.accessLog, ctx),
        tracingEnabled: tracing as boolean,
        webAclArn,
        clientCertificateId: presentLink(fields.clientCert, ctx),
        cacheClusterEnabled: cache as boolean,
      },
      relations: api ? [{ kind: 'stage-of', target: ctx.uidOf(api) }] : [],
    },
  ]
}

function setting(key: string, s: Values, names: [string, string, string]): ApiGatewayMethodSetting {
  const level = str(s[names[0]], null)
  const caching = bool(s[names[1]], false)
  const encrypted = bool(s[names[2]], false)
  return {
    key,
    loggingLevel: isUnknown(level) ? (level as unknown as string) : level,
    cachingEnabled: caching as boolean,
    cacheDataEncrypted: encrypted as boolean,
  }
}

function tfStage(r: IacResource, ctx: AdaptContext): AdaptedResource[] {
  const v = r.values
  const names = literals(v.stage_name)
  const settings = ctx
    .ofType('aws_api_gateway_method_settings')
    .filter((m) => ctx.resolve(m.values.rest_api_id) === ctx.resolve(v.rest_api_id))
    .filter((m) => ctx.resolve(m.values.stage_name) === r || (typeof m.values.stage_name === 'string' && names.includes(m.values.stage_name)))
    .flatMap((m) => {
      const s = block(m.values, 'settings')
      return s && !isUnknown(s) ? [setting(text(m.values.method_path, '*/*'), s, ['logging_level', 'caching_enabled', 'cache_data_encrypted'])] : []
    })
  const log = block(v, 'access_log_settings')
  const webAcl = webAclFor(r, ctx, 'aws_wafv2_web_acl_association', 'resource_arn', 'web_acl_arn')
  return stageOf(
    r,
    ctx,
    TF,
    {
      stageName: v.stage_name,
      tracing: v.xray_tracing_enabled,
      accessLog: isUnknown(log) ? log : log?.destination_arn,
      clientCert: v.client_certificate_id,
      cache: v.cache_cluster_enabled,
    },
    settings,
    webAcl,
    tfTags(v),
  )
}

/** A CloudFormation method setting's key as the API reports it: `*\/*`, or the path with `/` escaped as `~1`. */
function cfnSettingKey(s: Values): string {
  const path = text(s.ResourcePath, '/*')
  const verb = text(s.HttpMethod, '*')
  const resource = path === '/*' ? '*' : path.replace(/^\//, '').replace(/\//g, '~1')
  return `${resource}/${verb}`
}

function cfnStage(r: IacResource, ctx: AdaptContext): AdaptedResource[] {
  const v = r.values
  const list = cfnList(v.MethodSettings)
  const settings = isUnknown(list) ? [] : list.map((s) => setting(cfnSettingKey(s), s, ['LoggingLevel', 'CachingEnabled', 'CacheDataEncrypted']))
  const log = obj(v.AccessLogSetting)
  const webAcl = webAclFor(r, ctx, 'AWS::WAFv2::WebACLAssociation', 'ResourceArn', 'WebACLArn')
  return stageOf(
    r,
    ctx,
    CFN,
    {
      stageName: v.StageName,
      tracing: v.TracingEnabled,
      accessLog: isUnknown(log) ? log : log?.DestinationArn,
      clientCert: v.ClientCertificateId,
      cache: v.CacheClusterEnabled,
    },
    settings,
    webAcl,
    cfnTags(v),
  )
}

function domainName(r: IacResource, name: unknown, policy: unknown, endpoint: unknown, tags: Record<string, string>): AdaptedResource[] {
  const domain = text(name, r.address)
  const p = str(policy, null)
  const attributes: ApiGatewayDomainNameAttributes = {
    domainName: domain,
    // Unset stays null: the check reads null as API Gateway's TLS_1_0 default.
    securityPolicy: isUnknown(p) ? (p as unknown as string) : p,
    endpointTypes: endpointTypes(endpoint),
  }
  return [{ type: AWS.apigatewayDomainName, name: domain, tags, attributes }]
}

/** API Gateway REST API adapters (Terraform and CloudFormation). */
export const apigatewayAdapters: Adapter[] = [
  {
    language: 'terraform',
    types: ['aws_api_gateway_rest_api'],
    produces: [AWS.apigatewayRestApi],
    adapt: (r, ctx) => restApi(r, TF, ctx, tfTags(r.values)),
  },
  { language: 'terraform', types: ['aws_api_gateway_stage'], produces: [AWS.apigatewayStage], adapt: tfStage },
  {
    language: 'terraform',
    types: ['aws_api_gateway_domain_name'],
    produces: [AWS.apigatewayDomainName],
    adapt: (r) => domainName(r, r.values.domain_name, r.values.security_policy, TF.endpoint(r.values), tfTags(r.values)),
  },
  partsAdapter('terraform', ['aws_api_gateway_resource', 'aws_api_gateway_method', 'aws_api_gateway_method_settings']),
  {
    language: 'cloudformation',
    types: ['AWS::ApiGateway::RestApi'],
    produces: [AWS.apigatewayRestApi],
    adapt: (r, ctx) => restApi(r, CFN, ctx, cfnTags(r.values)),
  },
  { language: 'cloudformation', types: ['AWS::ApiGateway::Stage'], produces: [AWS.apigatewayStage], adapt: cfnStage },
  {
    language: 'cloudformation',
    types: ['AWS::ApiGateway::DomainName'],
    produces: [AWS.apigatewayDomainName],
    adapt: (r) => domainName(r, r.values.DomainName, r.values.SecurityPolicy, CFN.endpoint(r.values), cfnTags(r.values)),
  },
  partsAdapter('cloudformation', ['AWS::ApiGateway::Resource', 'AWS::ApiGateway::Method']),
]
