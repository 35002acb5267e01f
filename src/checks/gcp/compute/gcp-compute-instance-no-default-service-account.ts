import { defineCheck } from '../../../evaluate/define-check.js'
import { GCP_COMPUTE_TYPES, type GcpInstanceAttributes } from '../../../normalize/gcp/types-compute.js'
import { isDefaultComputeServiceAccount, isGkeNode } from '../../_shared/gcp-compute.js'

/** CIS GCP 4.1: instances run as a dedicated service account, not the Compute Engine default one (GKE nodes excluded). */
export default defineCheck<GcpInstanceAttributes>({
  id: 'gcp-compute-instance-no-default-service-account',
  title: 'VM instance does not run as the Compute Engine default service account',
  resourceType: GCP_COMPUTE_TYPES.instance,
  severity: 'medium',
  categories: ['identity'],
  rationale:
    'The Compute Engine default service account is shared by every VM that does not name another one and is often granted the project Editor role; ' +
    'a compromised VM running as it can read and change most resources of the project. A dedicated, least-privileged service account per workload limits that.',
  remediation: {
    steps: [
      'Create a service account for the workload and grant it only the roles it needs.',
      'Stop the instance, set the new service account (and scopes), and start it again.',
    ],
    cli: 'gcloud compute instances set-service-account <instance> --zone=<zone> --service-account=<sa>@<project>.iam.gserviceaccount.com --scopes=cloud-platform',
    terraform:
      'google_compute_instance: service_account { email = google_service_account.<name>.email, scopes = ["cloud-platform"] } instead of the default compute account.',
    references: [
      'https://cloud.google.com/compute/docs/access/service-accounts#default_service_account',
      'https://cloud.google.com/compute/docs/instances/change-service-account',
    ],
  },
  // CIS 4.1 excludes instances created by GKE (names gke-*, label goog-gke-node).
  applies: (instance) => !isGkeNode(instance),
  evaluate(instance, result) {
    const defaults = instance.attributes.serviceAccounts.filter((sa) => isDefaultComputeServiceAccount(sa.email))
    if (defaults.length > 0) return result.fail(`Instance ${instance.name} runs as the Compute Engine default service account ${defaults[0]!.email}.`)
    const sa = instance.attributes.serviceAccounts[0]
    return result.pass(sa ? `Instance ${instance.name} runs as ${sa.email}.` : `Instance ${instance.name} has no service account attached.`)
  },
})
