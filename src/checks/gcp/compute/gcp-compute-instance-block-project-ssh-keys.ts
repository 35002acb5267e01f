import { defineCheck } from '../../../evaluate/define-check.js'
import { GCP_COMPUTE_TYPES, type GcpInstanceAttributes } from '../../../normalize/gcp/types-compute.js'
import { isGkeNode } from '../../_shared/gcp-compute.js'

/** CIS GCP 4.3: instances block project-wide SSH keys (block-project-ssh-keys=TRUE; GKE nodes excluded). */
export default defineCheck<GcpInstanceAttributes>({
  id: 'gcp-compute-instance-block-project-ssh-keys',
  title: 'VM instance blocks project-wide SSH keys',
  resourceType: GCP_COMPUTE_TYPES.instance,
  severity: 'medium',
  categories: ['identity'],
  rationale:
    'Project-wide SSH keys in project metadata open every instance of the project that does not block them; one leaked or forgotten key then reaches all of them. ' +
    'Instance-specific keys (or OS Login) limit what a compromised key can reach.',
  remediation: {
    steps: ['Set the instance metadata key block-project-ssh-keys to TRUE.', 'Prefer OS Login, which ignores metadata keys altogether.'],
    cli: 'gcloud compute instances add-metadata <instance> --zone=<zone> --metadata=block-project-ssh-keys=TRUE',
    terraform: 'google_compute_instance: metadata = { "block-project-ssh-keys" = "TRUE" }.',
    references: ['https://cloud.google.com/compute/docs/connect/restrict-ssh-keys#block-keys'],
  },
  // CIS 4.3 excludes instances created by GKE (names gke-*, label goog-gke-node).
  applies: (instance) => !isGkeNode(instance),
  evaluate(instance, result) {
    const value = instance.attributes.metadata.settings['block-project-ssh-keys']
    return instance.attributes.blockProjectSshKeys
      ? result.pass(`Instance ${instance.name} blocks project-wide SSH keys.`)
      : result.fail(
          value === undefined
            ? `Instance ${instance.name} does not set block-project-ssh-keys, so project-wide SSH keys can log in.`
            : `Instance ${instance.name} sets block-project-ssh-keys=${value}, so project-wide SSH keys can log in.`,
        )
  },
})
