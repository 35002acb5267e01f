import { defineCheck } from '../../../evaluate/define-check.js'
import { GCP_IDENTITY_TYPES, type GcpProjectPolicyAttributes } from '../../../normalize/gcp/types-identity.js'
import { describeGrants, grants, isAdminRole, isServiceAgent, memberKind } from '../../_shared/gcp-iam.js'

/** CIS GCP 1.5: a workload identity with Owner, Editor or an admin role turns any compromise of that workload into project takeover. */
export default defineCheck<GcpProjectPolicyAttributes>({
  id: 'gcp-iam-service-account-no-admin-roles',
  title: 'Service accounts hold no Owner, Editor or admin role on the project',
  resourceType: GCP_IDENTITY_TYPES.projectPolicy,
  severity: 'high',
  categories: ['identity'],
  rationale:
    'Service accounts run code: anyone who controls the VM, function or pipeline using one, or holds one of its keys, acts with its roles. Owner, Editor and *Admin roles let that code change IAM, delete resources or read all data. Google-managed service agents are excluded: Google grants their roles to run services.',
  remediation: {
    steps: [
      'List what each service account needs (the IAM recommender shows unused permissions).',
      'Grant narrower predefined or custom roles, then remove the Owner, Editor or admin binding.',
      'Disable the automatic Editor grant to default service accounts with the iam.automaticIamGrantsForDefaultServiceAccounts organization policy.',
    ],
    cli: 'gcloud projects remove-iam-policy-binding <project> --member=serviceAccount:<email> --role=roles/editor',
    terraform:
      'Replace google_project_iam_member resources that give a serviceAccount: member roles/owner, roles/editor or *Admin roles with narrower roles.',
    references: [
      'https://cloud.google.com/iam/docs/best-practices-service-accounts#restrict-admin-privileges',
      'https://cloud.google.com/resource-manager/docs/organization-policy/restricting-service-accounts#disable_service_account_default_grants',
      'https://www.cisecurity.org/benchmark/google_cloud_computing_platform',
    ],
  },
  evaluate(p, result) {
    const id = p.attributes.projectId
    const found = grants(p.attributes.bindings).filter(
      (g) => memberKind(g.member) === 'serviceAccount' && !isServiceAgent(g.member) && isAdminRole(g.role),
    )
    return found.length === 0
      ? result.pass(`No service account holds Owner, Editor or an admin role on project ${id}.`)
      : result.fail(`Project ${id} gives service accounts administrative roles: ${describeGrants(found)}.`)
  },
})
