import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type ApiGatewayV2ApiAttributes } from '../../../normalize/aws/types.js'

/** HTTP API routes (and the $connect route of WebSocket APIs) should have an authorizer. */
export default defineCheck<ApiGatewayV2ApiAttributes>({
  id: 'aws-apigateway-http-route-authorization',
  title: 'API Gateway HTTP API routes and WebSocket $connect route have an authorizer',
  resourceType: AWS.apigatewayV2Api,
  severity: 'high',
  categories: ['identity'],
  rationale:
    'A route with authorization type NONE can be invoked by anyone on the internet who knows the endpoint, which exposes ' +
    'the integration behind it (a Lambda function, an HTTP backend, a private service through a VPC link) without authentication.',
  remediation: {
    steps: [
      'Attach a JWT, Lambda (CUSTOM) or IAM authorizer to each HTTP API route; for WebSocket APIs, to the $connect route.',
      'Keep routes deliberately public (health checks, CORS preflight) to a minimum and document them.',
    ],
    cli: 'aws apigatewayv2 update-route --api-id <api-id> --route-id <route-id> --authorization-type JWT --authorizer-id <authorizer-id>',
    terraform: 'aws_apigatewayv2_route: authorization_type = "JWT" | "CUSTOM" | "AWS_IAM", authorizer_id = <authorizer-id>.',
    references: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-access-control.html'],
  },
  evaluate(api, result) {
    const { apiName, protocolType } = api.attributes
    const routes = known(api.attributes.routes, `routes of ${protocolType} API ${apiName}`)
    // WebSocket APIs authorize only on $connect; HTTP API preflight routes (OPTIONS) carry no credentials.
    const relevant =
      protocolType === 'WEBSOCKET' ? routes.filter((r) => r.routeKey === '$connect') : routes.filter((r) => !r.routeKey.startsWith('OPTIONS '))
    const open = relevant.filter((r) => r.authorizationType === 'NONE')
    if (protocolType === 'WEBSOCKET' && relevant.length === 0) return result.pass(`WebSocket API ${apiName} has no $connect route.`)
    return open.length === 0
      ? result.pass(`Every ${protocolType === 'WEBSOCKET' ? '$connect route' : 'route'} of ${protocolType} API ${apiName} has an authorizer.`)
      : result.fail(`${protocolType} API ${apiName} has route(s) without authorization: ${open.map((r) => r.routeKey).join(', ')}.`)
  },
})
