import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type ApiGatewayStageAttributes } from '../../../normalize/aws/types.js'

/** REST API stages should present a client certificate so that backends can verify calls come from API Gateway. */
export default defineCheck<ApiGatewayStageAttributes>({
  id: 'aws-apigateway-stage-client-certificate',
  title: 'API Gateway REST API stage uses a client certificate for backend authentication',
  resourceType: AWS.apigatewayStage,
  severity: 'low',
  categories: ['network'],
  rationale:
    'With a client certificate on the stage, an HTTP backend can require mutual TLS and reject requests that do not come ' +
    'from API Gateway, so callers cannot bypass the API (and its authorizers, throttling and WAF) by calling the backend directly.',
  remediation: {
    steps: ['Generate a client certificate in API Gateway.', 'Set it on the stage and configure the backend to require and verify it.'],
    cli: "aws apigateway update-stage --rest-api-id <api-id> --stage-name <stage> --patch-operations 'op=replace,path=/clientCertificateId,value=<certificate-id>'",
    terraform: 'aws_api_gateway_stage: client_certificate_id = aws_api_gateway_client_certificate.<name>.id.',
    references: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/getting-started-client-side-ssl-authentication.html'],
  },
  evaluate(stage, result) {
    const { apiName, stageName, clientCertificateId } = stage.attributes
    return clientCertificateId
      ? result.pass(`Stage ${stageName} of API ${apiName} presents client certificate ${clientCertificateId} to its backends.`)
      : result.fail(`Stage ${stageName} of API ${apiName} has no client certificate, so backends cannot verify that calls come from API Gateway.`)
  },
})
