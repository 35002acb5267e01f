import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type ApiGatewayRestApiAttributes } from '../../../normalize/aws/types.js'

/** Methods of public REST APIs should require authorization (IAM, Cognito, a Lambda authorizer) or an API key. */
export default defineCheck<ApiGatewayRestApiAttributes>({
  id: 'aws-apigateway-rest-api-authorization',
  title: 'API Gateway public REST API methods require authorization or an API key',
  resourceType: AWS.apigatewayRestApi,
  severity: 'high',
  categories: ['identity'],
  rationale:
    'A method with authorization type NONE and no API key can be called by anyone on the internet who finds the URL; ' +
    'whatever the backend does (read records, start jobs, write data) is then one request away for an attacker.',
  remediation: {
    steps: [
      'Attach an authorizer to each method: AWS_IAM, a Cognito user pool or a Lambda authorizer.',
      'Where a method is deliberately public, require at least an API key with a usage plan, or make the API PRIVATE.',
      'Redeploy the API to its stages.',
    ],
    cli: "aws apigateway update-method --rest-api-id <api-id> --resource-id <resource-id> --http-method GET --patch-operations 'op=replace,path=/authorizationType,value=AWS_IAM'",
    terraform:
      'aws_api_gateway_method: authorization = "AWS_IAM" | "COGNITO_USER_POOLS" | "CUSTOM" (with authorizer_id), or api_key_required = true.',
    references: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-control-access-to-api.html'],
  },
  applies: (api) => !api.attributes.endpointTypes.includes('PRIVATE'),
  evaluate(api, result) {
    const { apiName } = api.attributes
    const methods = known(api.attributes.methods, `methods of REST API ${apiName}`)
    // OPTIONS answers CORS preflight requests, which browsers send without credentials.
    const open = methods.filter((m) => m.httpMethod !== 'OPTIONS' && m.authorizationType === 'NONE' && !m.apiKeyRequired)
    if (open.length === 0) return result.pass(`Every method of REST API ${apiName} requires authorization or an API key.`)
    const list = open.map((m) => `${m.httpMethod} ${m.path}`)
    return result.fail(
      `REST API ${apiName} has ${open.length} method(s) callable without authorization or API key: ${list.slice(0, 10).join(', ')}${list.length > 10 ? ', ...' : ''}.`,
    )
  },
})
