import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type OpenSearchDomainAttributes } from '../../../normalize/aws/types.js'
import { resourcePolicyVerdict } from '../../_shared/resource-policy.js'

/** OpenSearch domain access policies must not grant access to everyone (Principal "*" without a restricting condition). */
export default defineCheck<OpenSearchDomainAttributes>({
  id: 'aws-opensearch-domain-policy-not-public',
  title: 'OpenSearch domain access policy does not allow access to any principal',
  resourceType: AWS.opensearchDomain,
  severity: 'critical',
  categories: ['data-exposure'],
  rationale:
    'A domain access policy that allows Principal "*" without a condition limiting who lets anyone who can reach the endpoint read, ' +
    'change or delete every index without signing requests; open domains are found by internet scanners and wiped or ransomed within hours.',
  remediation: {
    steps: [
      'Replace Principal "*" in Allow statements of the access policy with the IAM roles or accounts that need the domain.',
      'Or keep the statement and add a condition that limits who can use it, such as aws:SourceVpce or aws:PrincipalOrgID; use fine-grained access control for per-user permissions.',
    ],
    cli: 'aws opensearch update-domain-config --domain-name <domain> --access-policies file://restricted-policy.json',
    terraform:
      'In aws_opensearch_domain_policy access_policies (or aws_opensearch_domain.access_policies), name principals instead of "*" or add a restricting condition.',
    references: [
      'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ac.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html',
    ],
  },
  evaluate: (r, result, ctx) =>
    resourcePolicyVerdict(r, `domain ${r.attributes.domainName}`, result, ctx, `Domain ${r.attributes.domainName} has no access policy.`),
})
