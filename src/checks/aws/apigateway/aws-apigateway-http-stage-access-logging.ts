import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type ApiGatewayV2StageAttributes } from '../../../normalize/aws/types.js'

/** HTTP and WebSocket API stages should write access logs. */
export default defineCheck<ApiGatewayV2StageAttributes>({
  id: 'aws-apigateway-http-stage-access-logging',
  title: 'API Gateway HTTP or WebSocket API stage has access logging enabled',
  resourceType: AWS.apigatewayV2Stage,
  severity: 'medium',
  categories: ['logging'],
  rationale:
    'Access logs are the only per-request record of an HTTP or WebSocket API: caller IP, route, status and authorizer result. ' +
    'Without them, abuse of the API or a compromised client cannot be traced.',
  remediation: {
    steps: [
      'Create a CloudWatch Logs log group for the API.',
      'Enable access logging on the stage with that log group and a format including $context.identity.sourceIp, $context.routeKey and $context.status.',
    ],
    cli: "aws apigatewayv2 update-stage --api-id <api-id> --stage-name <stage> --access-log-settings DestinationArn=<log-group-arn>,Format='$context.requestId $context.identity.sourceIp $context.routeKey $context.status'",
    terraform: 'aws_apigatewayv2_stage: access_log_settings { destination_arn = <log-group-arn>, format = ... }.',
    references: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-logging.html'],
  },
  evaluate(stage, result) {
    const { apiName, stageName, protocolType, accessLogDestination } = stage.attributes
    return accessLogDestination
      ? result.pass(`Stage ${stageName} of ${protocolType} API ${apiName} writes access logs to ${accessLogDestination}.`)
      : result.fail(`Stage ${stageName} of ${protocolType} API ${apiName} has no access log destination, so requests are not logged.`)
  },
})
