import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type ApiGatewayDomainNameAttributes } from '../../../normalize/aws/types.js'

/** Custom domain names should refuse TLS 1.0 and 1.1 (security policy TLS_1_2 or a newer enhanced policy). */
export default defineCheck<ApiGatewayDomainNameAttributes>({
  id: 'aws-apigateway-domain-tls12',
  title: 'API Gateway custom domain name requires TLS 1.2 or later',
  resourceType: AWS.apigatewayDomainName,
  severity: 'medium',
  categories: ['encryption'],
  rationale:
    'The TLS_1_0 security policy accepts TLS 1.0 and 1.1 with weak cipher suites, which are deprecated and open to downgrade ' +
    'attacks; traffic to the REST, HTTP or WebSocket APIs mapped to the domain could then be read or altered in transit.',
  remediation: {
    steps: ['Set the security policy of the custom domain name to TLS_1_2 (or a newer enhanced SecurityPolicy_TLS13_* policy).'],
    cli: "aws apigateway update-domain-name --domain-name <domain> --patch-operations 'op=replace,path=/securityPolicy,value=TLS_1_2'",
    terraform:
      'aws_api_gateway_domain_name: security_policy = "TLS_1_2" (aws_apigatewayv2_domain_name: domain_name_configuration { security_policy = "TLS_1_2" }).',
    references: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-custom-domain-tls-version.html'],
  },
  evaluate(domain, result) {
    const { domainName, securityPolicy } = domain.attributes
    // TLS_1_0 (the historical default) or any policy named for TLS 1.0/1.1 allows the old protocols.
    const weak = securityPolicy === null || /TLS_?1_?[01](?![0-9])|TLS1[01]/i.test(securityPolicy)
    return weak
      ? result.fail(`Custom domain ${domainName} uses security policy ${securityPolicy ?? 'unset (TLS_1_0 default)'}, which accepts TLS 1.0 and 1.1.`)
      : result.pass(`Custom domain ${domainName} uses security policy ${securityPolicy}.`)
  },
})
