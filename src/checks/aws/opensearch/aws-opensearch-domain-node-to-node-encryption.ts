import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type OpenSearchDomainAttributes } from '../../../normalize/aws/types.js'

/** Node-to-node encryption adds TLS to traffic between the domain's nodes. */
export default defineCheck<OpenSearchDomainAttributes>({
  id: 'aws-opensearch-domain-node-to-node-encryption',
  title: 'OpenSearch domain has node-to-node encryption enabled',
  resourceType: AWS.opensearchDomain,
  severity: 'medium',
  categories: ['encryption'],
  rationale:
    "Without node-to-node encryption, documents and search results travel between the domain's nodes in plaintext " +
    'inside the VPC; it is also a prerequisite for fine-grained access control.',
  remediation: {
    steps: ['Enable node-to-node encryption on the domain (OpenSearch, or Elasticsearch 6.7 and later).'],
    cli: 'aws opensearch update-domain-config --domain-name <domain> --node-to-node-encryption-options Enabled=true',
    terraform: 'aws_opensearch_domain: node_to_node_encryption { enabled = true }',
    references: [
      'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ntn.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/opensearch-controls.html',
    ],
  },
  evaluate(domain, result) {
    const name = domain.attributes.domainName
    return known(domain.attributes.nodeToNodeEncryption, `node-to-node encryption of domain ${name}`)
      ? result.pass(`Domain ${name} encrypts traffic between its nodes.`)
      : result.fail(`Domain ${name} sends traffic between its nodes unencrypted.`)
  },
})
