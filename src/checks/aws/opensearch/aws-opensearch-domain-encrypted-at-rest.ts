import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type OpenSearchDomainAttributes } from '../../../normalize/aws/types.js'

/** Encryption at rest covers indexes, logs, swap and automated snapshots. */
export default defineCheck<OpenSearchDomainAttributes>({
  id: 'aws-opensearch-domain-encrypted-at-rest',
  title: 'OpenSearch domain has encryption at rest enabled',
  resourceType: AWS.opensearchDomain,
  severity: 'medium',
  categories: ['encryption'],
  rationale:
    'Without encryption at rest, indexes, swap files, logs and automated snapshots of the domain are stored ' +
    'unencrypted; with it, reading them also requires the KMS key.',
  remediation: {
    steps: ['Enable encryption at rest on the domain (OpenSearch, or Elasticsearch 6.7 and later), optionally with a customer-managed KMS key.'],
    cli: 'aws opensearch update-domain-config --domain-name <domain> --encryption-at-rest-options Enabled=true',
    terraform: 'aws_opensearch_domain: encrypt_at_rest { enabled = true }',
    references: [
      'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/encryption-at-rest.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/opensearch-controls.html',
    ],
  },
  evaluate(domain, result) {
    const name = domain.attributes.domainName
    return known(domain.attributes.encryptionAtRest, `encryption at rest of domain ${name}`)
      ? result.pass(`Domain ${name} encrypts its data at rest.`)
      : result.fail(`Domain ${name} does not encrypt its indexes, logs and snapshots at rest.`)
  },
})
