import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type ApiGatewayStageAttributes } from '../../../normalize/aws/types.js'

/** REST API stages should write execution logs (ERROR or INFO) to CloudWatch Logs for every method. */
export default defineCheck<ApiGatewayStageAttributes>({
  id: 'aws-apigateway-stage-execution-logging',
  title: 'API Gateway REST API stage has execution logging enabled for all methods',
  resourceType: AWS.apigatewayStage,
  severity: 'medium',
  categories: ['logging'],
  rationale:
    'Execution logs record authorizer decisions, integration errors and throttling for each request. Without them, failed ' +
    'or abusive calls to the API (credential stuffing against an authorizer, injection attempts reaching the backend) leave no trace to investigate.',
  remediation: {
    steps: [
      'Set an IAM role that allows API Gateway to write to CloudWatch Logs in the account settings (once per region).',
      'In the stage settings, set the CloudWatch logging level of all methods (*/*) to ERROR or INFO.',
    ],
    cli: "aws apigateway update-stage --rest-api-id <api-id> --stage-name <stage> --patch-operations 'op=replace,path=/*/*/logging/loglevel,value=ERROR'",
    terraform: 'aws_api_gateway_method_settings: method_path = "*/*", settings { logging_level = "ERROR" }.',
    references: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html'],
  },
  evaluate(stage, result) {
    const { apiName, stageName, methodSettings } = stage.attributes
    const level = methodSettings.find((s) => s.key === '*/*')?.loggingLevel ?? null
    return level === 'ERROR' || level === 'INFO'
      ? result.pass(`Stage ${stageName} of API ${apiName} logs execution at level ${level} for all methods.`)
      : result.fail(
          `Stage ${stageName} of API ${apiName} has execution logging ${level ?? 'unset'} for all methods (*/*), so requests leave no execution log.`,
        )
  },
})
