import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type ApiGatewayStageAttributes } from '../../../normalize/aws/types.js'

/** REST API stages should write access logs (one line per request: caller, IP, status) to a log destination. */
export default defineCheck<ApiGatewayStageAttributes>({
  id: 'aws-apigateway-stage-access-logging',
  title: 'API Gateway REST API stage has access logging enabled',
  resourceType: AWS.apigatewayStage,
  severity: 'medium',
  categories: ['logging'],
  rationale:
    'Access logs are the record of who called the API: source IP, caller identity, request path and response status. ' +
    'Without them an incident responder cannot tell which clients reached the API or what they did.',
  remediation: {
    steps: [
      'Create a CloudWatch Logs log group (or a Firehose stream whose name starts with amazon-apigateway-).',
      'In the stage settings, enable custom access logging with that destination and a log format including $context.identity.sourceIp and $context.requestId.',
    ],
    cli: "aws apigateway update-stage --rest-api-id <api-id> --stage-name <stage> --patch-operations 'op=replace,path=/accessLogSettings/destinationArn,value=<log-group-arn>' 'op=replace,path=/accessLogSettings/format,value=$context.requestId $context.identity.sourceIp $context.status'",
    terraform: 'aws_api_gateway_stage: access_log_settings { destination_arn = <log-group-arn>, format = ... }.',
    references: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html'],
  },
  evaluate(stage, result) {
    const { apiName, stageName, accessLogDestination } = stage.attributes
    return accessLogDestination
      ? result.pass(`Stage ${stageName} of API ${apiName} writes access logs to ${accessLogDestination}.`)
      : result.fail(`Stage ${stageName} of API ${apiName} has no access log destination, so requests are not logged.`)
  },
})
