import { defineCheck } from '../../../evaluate/define-check.js'
import { GCP_IDENTITY_TYPES, type GcpProjectPolicyAttributes } from '../../../normalize/gcp/types-identity.js'
import { describeGrants, publicGrants } from '../../_shared/gcp-iam.js'

/** A project role granted to allUsers or allAuthenticatedUsers applies to anyone on the internet (or any Google account). */
export default defineCheck<GcpProjectPolicyAttributes>({
  id: 'gcp-iam-no-public-project-bindings',
  title: 'Project IAM policy grants no role to allUsers or allAuthenticatedUsers',
  resourceType: GCP_IDENTITY_TYPES.projectPolicy,
  severity: 'critical',
  categories: ['data-exposure', 'identity'],
  rationale:
    'allUsers is anyone on the internet and allAuthenticatedUsers is anyone signed in to any Google account, not only your organization. A project-level grant to either reaches every resource of that type in the project: a viewer role alone exposes data in many services.',
  remediation: {
    steps: [
      'Remove every project binding whose members include allUsers or allAuthenticatedUsers.',
      'Share individual resources with named principals, or serve public content through a dedicated bucket or load balancer.',
      'Enforce the iam.allowedPolicyMemberDomains organization policy (domain restricted sharing) to stop such grants.',
    ],
    cli: 'gcloud projects remove-iam-policy-binding <project> --member=allUsers --role=<role>',
    terraform: 'Remove google_project_iam_member / google_project_iam_binding entries whose member(s) are "allUsers" or "allAuthenticatedUsers".',
    references: [
      'https://cloud.google.com/iam/docs/principal-identifiers',
      'https://cloud.google.com/resource-manager/docs/organization-policy/restricting-domains',
    ],
  },
  evaluate(p, result) {
    const id = p.attributes.projectId
    const found = publicGrants(p.attributes.bindings)
    return found.length === 0
      ? result.pass(`Project ${id} grants no role to allUsers or allAuthenticatedUsers.`)
      : result.fail(`Project ${id} grants roles to the public: ${describeGrants(found)}.`)
  },
})
