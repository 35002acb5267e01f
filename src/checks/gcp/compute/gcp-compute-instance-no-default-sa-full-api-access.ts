import { defineCheck } from '../../../evaluate/define-check.js'
import { GCP_COMPUTE_TYPES, type GcpInstanceAttributes } from '../../../normalize/gcp/types-compute.js'
import { CLOUD_PLATFORM_SCOPE, isDefaultComputeServiceAccount, isGkeNode } from '../../_shared/gcp-compute.js'

/** CIS GCP 4.2: no instance runs as the default service account with "Allow full access to all Cloud APIs" (GKE nodes excluded). */
export default defineCheck<GcpInstanceAttributes>({
  id: 'gcp-compute-instance-no-default-sa-full-api-access',
  title: 'VM instance does not use the default service account with full access to all Cloud APIs',
  resourceType: GCP_COMPUTE_TYPES.instance,
  severity: 'high',
  categories: ['identity'],
  rationale:
    'With the cloud-platform scope, the default service account token on the metadata server carries every permission the account holds (often project Editor); ' +
    'any code execution or SSRF on the VM then yields project-wide write access.',
  remediation: {
    steps: [
      'Stop the instance.',
      'Attach a dedicated least-privileged service account, or keep the default one with only the default access scopes.',
      'Start the instance again.',
    ],
    cli: 'gcloud compute instances set-service-account <instance> --zone=<zone> --service-account=<sa>@<project>.iam.gserviceaccount.com --scopes=cloud-platform',
    terraform:
      'google_compute_instance: service_account { email = <dedicated account>, scopes = ["cloud-platform"] }; never the default compute account with scopes = ["cloud-platform"].',
    references: [
      'https://cloud.google.com/compute/docs/access/service-accounts#accesscopesiam',
      'https://cloud.google.com/compute/docs/instances/change-service-account',
    ],
  },
  // CIS 4.2 excludes instances created by GKE (names gke-*, label goog-gke-node).
  applies: (instance) => !isGkeNode(instance),
  evaluate(instance, result) {
    const full = instance.attributes.serviceAccounts.find(
      (sa) => isDefaultComputeServiceAccount(sa.email) && sa.scopes.includes(CLOUD_PLATFORM_SCOPE),
    )
    return full
      ? result.fail(`Instance ${instance.name} runs as the default service account ${full.email} with the cloud-platform (full API access) scope.`)
      : result.pass(`Instance ${instance.name} does not combine the default service account with full API access.`)
  },
})
