import { defineCheck } from '../../../evaluate/define-check.js'
import { GCP_IDENTITY_TYPES, type GcpProjectPolicyAttributes } from '../../../normalize/gcp/types-identity.js'
import { listSome, rolesByMember } from '../../_shared/gcp-iam.js'

const ADMIN = 'roles/iam.serviceAccountAdmin'
const USER = 'roles/iam.serviceAccountUser'

/** CIS GCP 1.8: whoever manages service accounts should not also be able to act as them. */
export default defineCheck<GcpProjectPolicyAttributes>({
  id: 'gcp-iam-service-account-separation-of-duties',
  title: 'No principal holds both Service Account Admin and Service Account User on the project',
  resourceType: GCP_IDENTITY_TYPES.projectPolicy,
  severity: 'medium',
  categories: ['identity'],
  rationale:
    'Service Account Admin creates service accounts and manages their IAM; Service Account User runs workloads as them. One principal with both can create an account, let it be granted roles, and use it, with no second person involved: separation of duties keeps administration and use apart.',
  remediation: {
    steps: ['Decide for each listed principal whether it administers or uses service accounts.', 'Remove the other role from the project policy.'],
    cli: 'gcloud projects remove-iam-policy-binding <project> --member=<member> --role=roles/iam.serviceAccountUser',
    terraform: 'Do not give the same member both roles/iam.serviceAccountAdmin and roles/iam.serviceAccountUser in google_project_iam_* resources.',
    references: [
      'https://cloud.google.com/iam/docs/understanding-roles#service-accounts-roles',
      'https://cloud.google.com/iam/docs/best-practices-service-accounts',
      'https://www.cisecurity.org/benchmark/google_cloud_computing_platform',
    ],
  },
  evaluate(p, result) {
    const id = p.attributes.projectId
    const both = [...rolesByMember(p.attributes.bindings)].filter(([, gs]) => gs.some((g) => g.role === ADMIN) && gs.some((g) => g.role === USER))
    if (both.length === 0) return result.pass(`No principal holds both Service Account Admin and Service Account User on project ${id}.`)
    const conditional = both.some(([, gs]) => gs.some((g) => (g.role === ADMIN || g.role === USER) && g.condition))
    const note = conditional ? ' (some through conditional bindings, counted because the condition may hold)' : ''
    return result.fail(
      `On project ${id}, ${listSome(both.map(([m]) => m))} ${both.length === 1 ? 'holds' : 'hold'} both Service Account Admin and Service Account User${note}.`,
    )
  },
})
