import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type ApiGatewayStageAttributes } from '../../../normalize/aws/types.js'

/** Stages of public (edge or regional) REST APIs should be protected by an AWS WAF web ACL. */
export default defineCheck<ApiGatewayStageAttributes>({
  id: 'aws-apigateway-stage-waf-enabled',
  title: 'API Gateway public REST API stage is associated with an AWS WAF web ACL',
  resourceType: AWS.apigatewayStage,
  severity: 'medium',
  categories: ['network'],
  rationale:
    'A WAF web ACL in front of an internet-facing API blocks common exploits (SQL injection, known bad inputs), rate-limits ' +
    'abusive clients and lets you block source IPs during an incident; without one every request reaches the backend.',
  remediation: {
    steps: [
      'Create an AWS WAF (v2) regional web ACL, for example with the AWS managed Core rule set and a rate-based rule.',
      'Associate the web ACL with the stage.',
    ],
    cli: 'aws wafv2 associate-web-acl --web-acl-arn <web-acl-arn> --resource-arn arn:aws:apigateway:<region>::/restapis/<api-id>/stages/<stage>',
    terraform: 'aws_wafv2_web_acl_association: resource_arn = aws_api_gateway_stage.<name>.arn, web_acl_arn = <web-acl-arn>.',
    references: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-control-access-aws-waf.html'],
  },
  applies: (stage) => !stage.attributes.endpointTypes.includes('PRIVATE'),
  evaluate(stage, result) {
    const { apiName, stageName, webAclArn } = stage.attributes
    return webAclArn
      ? result.pass(`Stage ${stageName} of API ${apiName} is protected by web ACL ${webAclArn}.`)
      : result.fail(`Stage ${stageName} of public API ${apiName} has no AWS WAF web ACL associated.`)
  },
})
