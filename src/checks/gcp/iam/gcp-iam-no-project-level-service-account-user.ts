import { defineCheck } from '../../../evaluate/define-check.js'
import { GCP_IDENTITY_TYPES, type GcpProjectPolicyAttributes } from '../../../normalize/gcp/types-identity.js'
import { describeGrants, grants, isServiceAgent } from '../../_shared/gcp-iam.js'

/** Roles that let a principal act as (impersonate) service accounts. */
const IMPERSONATION_ROLES = ['roles/iam.serviceAccountUser', 'roles/iam.serviceAccountTokenCreator']

/** CIS GCP 1.6: granted on the project, these roles let a principal act as every service account in it, present and future. */
export default defineCheck<GcpProjectPolicyAttributes>({
  id: 'gcp-iam-no-project-level-service-account-user',
  title: 'Service Account User and Token Creator are not granted at project level',
  resourceType: GCP_IDENTITY_TYPES.projectPolicy,
  severity: 'medium',
  categories: ['identity'],
  rationale:
    "Service Account User lets a principal attach and run as a service account, and Token Creator lets it mint the account's tokens. Granted on the project, either covers every service account there, including ones created later with powerful roles: a privilege escalation path. Grant them on the specific service account instead. Google-managed service agents are excluded.",
  remediation: {
    steps: [
      'Remove the project-level binding of roles/iam.serviceAccountUser and roles/iam.serviceAccountTokenCreator.',
      'Grant the role on the individual service accounts the principal must use.',
    ],
    cli: 'gcloud projects remove-iam-policy-binding <project> --member=<member> --role=roles/iam.serviceAccountUser && gcloud iam service-accounts add-iam-policy-binding <sa-email> --member=<member> --role=roles/iam.serviceAccountUser',
    terraform:
      'Move the grant from google_project_iam_member to google_service_account_iam_member (service_account_id = the account, role = "roles/iam.serviceAccountUser").',
    references: [
      'https://cloud.google.com/iam/docs/service-account-permissions',
      'https://cloud.google.com/iam/docs/best-practices-service-accounts#project-folder-grants',
      'https://www.cisecurity.org/benchmark/google_cloud_computing_platform',
    ],
  },
  evaluate(p, result) {
    const id = p.attributes.projectId
    const found = grants(p.attributes.bindings).filter((g) => IMPERSONATION_ROLES.includes(g.role) && !isServiceAgent(g.member))
    return found.length === 0
      ? result.pass(`Project ${id} grants neither Service Account User nor Token Creator at project level.`)
      : result.fail(`Project ${id} lets principals act as every service account in it: ${describeGrants(found)}.`)
  },
})
