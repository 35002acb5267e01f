import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type OrganizationsOrganizationAttributes } from '../../../normalize/aws/types.js'

/** The organization should have all features enabled; consolidated billing alone offers no policy controls. */
export default defineCheck<OrganizationsOrganizationAttributes>({
  id: 'aws-organizations-all-features-enabled',
  title: 'AWS Organization has all features enabled, not only consolidated billing',
  resourceType: AWS.organizationsOrganization,
  severity: 'medium',
  categories: ['identity'],
  rationale:
    'An organization with only consolidated billing cannot use service control policies, resource control policies, tag or backup ' +
    'policies, or trusted access for security services: the management account has no way to enforce guardrails on member accounts.',
  remediation: {
    steps: [
      'From the management account, start the "enable all features" process; every member account must approve it.',
      'Then enable the SCP policy type on the root and attach guardrail policies.',
    ],
    cli: 'aws organizations enable-all-features',
    terraform: 'aws_organizations_organization: feature_set = "ALL".',
    references: ['https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_org_support-all-features.html'],
  },
  applies: (org) => org.attributes.organizationId !== null,
  evaluate(org, result) {
    const features = known(org.attributes.featureSet, `feature set of the organization of ${org.account}`)
    return features === 'ALL'
      ? result.pass(`Organization ${org.name} has all features enabled.`)
      : result.fail(`Organization ${org.name} has feature set ${features ?? 'unknown'}: policies such as SCPs cannot be used.`)
  },
})
