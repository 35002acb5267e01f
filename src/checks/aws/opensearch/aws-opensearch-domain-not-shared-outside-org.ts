import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type OpenSearchDomainAttributes } from '../../../normalize/aws/types.js'
import { crossAccountPolicyVerdict } from '../../_shared/cross-account.js'

/** OpenSearch domain access policy does not grant accounts outside the organization (organization members and accounts declared trusted are fine). */
export default defineCheck<OpenSearchDomainAttributes>({
  id: 'aws-opensearch-domain-not-shared-outside-org',
  title: 'OpenSearch domain access policy does not grant accounts outside the organization',
  resourceType: AWS.opensearchDomain,
  severity: 'high',
  categories: ['data-exposure'],
  rationale:
    "A domain access policy naming another account lets its principals send signed requests to the domain's HTTP API: search and read every index, or write and delete documents.",
  remediation: {
    steps: [
      'Remove statements granting principals of accounts outside your organization from the domain access policy.',
      'For deliberate partner access, list the account under trustedAccounts in the Posture configuration so it is reviewed once, not on every scan.',
    ],
    cli: 'aws opensearch update-domain-config --domain-name <domain> --access-policies file://policy.json',
    terraform: 'aws_opensearch_domain_policy: access_policies = a document whose AWS principals are accounts of your organization.',
    references: [
      'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ac.html',
      'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_introduction.html',
    ],
  },
  evaluate: (r, result, ctx) => crossAccountPolicyVerdict(r, `domain ${r.attributes.domainName}`, result, ctx),
})
