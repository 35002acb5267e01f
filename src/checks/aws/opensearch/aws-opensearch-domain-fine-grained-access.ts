import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type OpenSearchDomainAttributes } from '../../../normalize/aws/types.js'

/** Fine-grained access control adds users, roles and index/document/field-level permissions. */
export default defineCheck<OpenSearchDomainAttributes>({
  id: 'aws-opensearch-domain-fine-grained-access',
  title: 'OpenSearch domain has fine-grained access control enabled',
  resourceType: AWS.opensearchDomain,
  severity: 'medium',
  categories: ['identity'],
  rationale:
    'Without fine-grained access control, anyone the domain access policy lets in can read and write every index; ' +
    'with it, OpenSearch checks each request against roles mapped to IAM principals or internal users, down to ' +
    'index, document and field level.',
  remediation: {
    steps: [
      'Enable HTTPS, node-to-node encryption and encryption at rest (prerequisites).',
      'Enable fine-grained access control with an IAM role as master user, then map roles to users.',
    ],
    cli: "aws opensearch update-domain-config --domain-name <domain> --advanced-security-options 'Enabled=true,InternalUserDatabaseEnabled=false,MasterUserOptions={MasterUserARN=<role-arn>}'",
    terraform: 'aws_opensearch_domain: advanced_security_options { enabled = true, master_user_options { master_user_arn = <role ARN> } }',
    references: [
      'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/fgac.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/opensearch-controls.html',
    ],
  },
  evaluate(domain, result) {
    const name = domain.attributes.domainName
    return known(domain.attributes.fineGrainedAccessControl, `advanced security options of domain ${name}`)
      ? result.pass(`Domain ${name} has fine-grained access control enabled.`)
      : result.fail(`Domain ${name} has fine-grained access control disabled, so every principal the access policy admits can use every index.`)
  },
})
