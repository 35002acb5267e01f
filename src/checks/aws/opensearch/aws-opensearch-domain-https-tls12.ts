import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type OpenSearchDomainAttributes } from '../../../normalize/aws/types.js'

/** The domain endpoint should refuse plain HTTP and TLS below 1.2. */
export default defineCheck<OpenSearchDomainAttributes>({
  id: 'aws-opensearch-domain-https-tls12',
  title: 'OpenSearch domain enforces HTTPS with a TLS 1.2 or later policy',
  resourceType: AWS.opensearchDomain,
  severity: 'medium',
  categories: ['encryption'],
  rationale:
    'Without EnforceHTTPS, clients can send requests, credentials and documents to the endpoint over plain HTTP; ' +
    'the Policy-Min-TLS-1-0 security policy still accepts TLS 1.0 and 1.1, whose known weaknesses let a network ' +
    'attacker downgrade or decrypt sessions.',
  remediation: {
    steps: ['Require HTTPS on the domain endpoint.', 'Select a TLS security policy with TLS 1.2 as the minimum (Policy-Min-TLS-1-2-PFS-2023-10).'],
    cli: 'aws opensearch update-domain-config --domain-name <domain> --domain-endpoint-options EnforceHTTPS=true,TLSSecurityPolicy=Policy-Min-TLS-1-2-PFS-2023-10',
    terraform: 'aws_opensearch_domain: domain_endpoint_options { enforce_https = true, tls_security_policy = "Policy-Min-TLS-1-2-PFS-2023-10" }',
    references: [
      'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/infrastructure-security.html',
      'https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_DomainEndpointOptions.html',
    ],
  },
  evaluate(domain, result) {
    const name = domain.attributes.domainName
    if (!known(domain.attributes.enforceHttps, `HTTPS setting of domain ${name}`)) {
      return result.fail(`Domain ${name} does not enforce HTTPS, so clients can send requests over plain HTTP.`)
    }
    const policy = known(domain.attributes.tlsSecurityPolicy, `TLS security policy of domain ${name}`)
    if (policy === null) return result.error(`DescribeDomains did not report the TLS security policy of domain ${name}.`)
    return policy.startsWith('Policy-Min-TLS-1-2')
      ? result.pass(`Domain ${name} enforces HTTPS with TLS security policy ${policy}.`)
      : result.fail(`Domain ${name} enforces HTTPS but its TLS security policy ${policy} accepts TLS versions below 1.2.`)
  },
})
