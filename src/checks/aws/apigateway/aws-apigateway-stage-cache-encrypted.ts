import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type ApiGatewayStageAttributes } from '../../../normalize/aws/types.js'

/** When a REST API stage caches responses, the cached data should be encrypted. */
export default defineCheck<ApiGatewayStageAttributes>({
  id: 'aws-apigateway-stage-cache-encrypted',
  title: 'API Gateway REST API stage cache data is encrypted at rest',
  resourceType: AWS.apigatewayStage,
  severity: 'medium',
  categories: ['encryption'],
  rationale:
    'The stage cache holds copies of API responses, which may contain personal or business data; encrypting the cache keeps ' +
    'that copy protected at rest like the data in the backend.',
  remediation: {
    steps: ['In the stage settings, for every method setting with caching enabled (including */*), enable "Encrypt cache data".'],
    cli: "aws apigateway update-stage --rest-api-id <api-id> --stage-name <stage> --patch-operations 'op=replace,path=/*/*/caching/dataEncrypted,value=true'",
    terraform: 'aws_api_gateway_method_settings: settings { caching_enabled = true, cache_data_encrypted = true }.',
    references: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html'],
  },
  applies: (stage) => stage.attributes.cacheClusterEnabled,
  evaluate(stage, result) {
    const { apiName, stageName, methodSettings } = stage.attributes
    const caching = methodSettings.filter((s) => s.cachingEnabled)
    const plain = caching.filter((s) => !s.cacheDataEncrypted)
    if (plain.length > 0)
      return result.fail(`Stage ${stageName} of API ${apiName} caches responses unencrypted for ${plain.map((s) => s.key).join(', ')}.`)
    return caching.length === 0
      ? result.pass(`Stage ${stageName} of API ${apiName} has a cache cluster but no method caches responses.`)
      : result.pass(`Stage ${stageName} of API ${apiName} encrypts cached data for every method that caches.`)
  },
})
