import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type ApiGatewayStageAttributes } from '../../../normalize/aws/types.js'

/** REST API stages should send traces to AWS X-Ray. */
export default defineCheck<ApiGatewayStageAttributes>({
  id: 'aws-apigateway-stage-xray-tracing',
  title: 'API Gateway REST API stage has X-Ray tracing enabled',
  resourceType: AWS.apigatewayStage,
  severity: 'low',
  categories: ['logging'],
  rationale:
    'X-Ray traces follow each request from API Gateway into Lambda functions and other services, which shortens the time ' +
    'to find where an error, a latency spike or an unexpected call path comes from.',
  remediation: {
    steps: ['In the stage settings (Logs and tracing), enable X-Ray tracing.'],
    cli: "aws apigateway update-stage --rest-api-id <api-id> --stage-name <stage> --patch-operations 'op=replace,path=/tracingEnabled,value=true'",
    terraform: 'aws_api_gateway_stage: xray_tracing_enabled = true.',
    references: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-xray.html'],
  },
  evaluate(stage, result) {
    const { apiName, stageName, tracingEnabled } = stage.attributes
    return tracingEnabled
      ? result.pass(`Stage ${stageName} of API ${apiName} has X-Ray tracing enabled.`)
      : result.fail(`Stage ${stageName} of API ${apiName} has X-Ray tracing disabled.`)
  },
})
