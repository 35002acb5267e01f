import { defineCheck } from '../../../evaluate/define-check.js'
import { GCP_IDENTITY_TYPES, type GcpProjectPolicyAttributes } from '../../../normalize/gcp/types-identity.js'
import { BASIC_ROLES, describeGrants, grants, memberKind } from '../../_shared/gcp-iam.js'

/** Principal kinds that stand for people: a user, a Google group, or everyone in a Workspace/Cloud Identity domain. */
const HUMAN_KINDS = ['user', 'group', 'domain']

/** Basic roles grant thousands of permissions across every service; people should hold predefined or custom roles instead. */
export default defineCheck<GcpProjectPolicyAttributes>({
  id: 'gcp-iam-no-primitive-roles-for-users',
  title: 'Project IAM policy grants no basic role (Owner, Editor, Viewer) to users or groups',
  resourceType: GCP_IDENTITY_TYPES.projectPolicy,
  severity: 'medium',
  categories: ['identity'],
  rationale:
    'Owner, Editor and Viewer predate IAM and span every service in the project, including new ones as they launch: Editor can change almost any resource and Viewer can read data in many services. Predefined roles scoped to the job keep a compromised or careless account from reaching everything.',
  remediation: {
    steps: [
      'Find what each principal actually uses with the IAM recommender (Policy Intelligence) or Policy Analyzer.',
      'Grant the matching predefined or custom roles, then remove the basic role binding.',
    ],
    cli: 'gcloud projects remove-iam-policy-binding <project> --member=user:<email> --role=roles/editor',
    terraform: 'Replace google_project_iam_member / google_project_iam_binding resources with role = "roles/owner|editor|viewer" by narrower roles.',
    references: [
      'https://cloud.google.com/iam/docs/roles-overview#basic',
      'https://cloud.google.com/iam/docs/using-iam-securely#least_privilege',
      'https://cloud.google.com/iam/docs/recommender-overview',
    ],
  },
  evaluate(p, result) {
    const id = p.attributes.projectId
    const found = grants(p.attributes.bindings).filter((g) => BASIC_ROLES.includes(g.role) && HUMAN_KINDS.includes(memberKind(g.member)))
    return found.length === 0
      ? result.pass(`Project ${id} grants no basic role (Owner, Editor, Viewer) to a user, group or domain.`)
      : result.fail(`Project ${id} grants basic roles to people: ${describeGrants(found)}.`)
  },
})
