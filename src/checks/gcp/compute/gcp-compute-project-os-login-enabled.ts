import { defineCheck } from '../../../evaluate/define-check.js'
import { GCP_COMPUTE_TYPES, type GcpInstanceAttributes, type GcpProjectMetadataAttributes } from '../../../normalize/gcp/types-compute.js'
import { isGkeNode } from '../../_shared/gcp-compute.js'

/**
 * CIS GCP 4.4: the project metadata enables OS Login and no instance turns it off again (enable-oslogin=FALSE in
 * instance metadata). GKE nodes are left out: OS Login is not supported on GKE nodes, which keep metadata SSH keys
 * (https://cloud.google.com/compute/docs/oslogin#limitations).
 */
export default defineCheck<GcpProjectMetadataAttributes>({
  id: 'gcp-compute-project-os-login-enabled',
  title: 'Compute Engine project metadata enables OS Login and no VM overrides it',
  resourceType: GCP_COMPUTE_TYPES.projectMetadata,
  severity: 'medium',
  categories: ['identity'],
  rationale:
    'OS Login ties SSH access to IAM identities: removing a user or service account from IAM revokes its SSH access everywhere, with optional 2-step verification and audit logs. ' +
    'Metadata SSH keys instead live on until someone finds and deletes them, and an instance that sets enable-oslogin=FALSE falls back to them.',
  remediation: {
    steps: [
      'Set the project metadata key enable-oslogin to TRUE.',
      'Remove enable-oslogin=FALSE from the metadata of the instances named in the finding.',
      'Grant roles/compute.osLogin (or osAdminLogin) to the people who need SSH access.',
    ],
    cli: 'gcloud compute project-info add-metadata --metadata=enable-oslogin=TRUE && gcloud compute instances remove-metadata <instance> --zone=<zone> --keys=enable-oslogin',
    terraform:
      'google_compute_project_metadata_item { key = "enable-oslogin", value = "TRUE" }, and no metadata "enable-oslogin" = "FALSE" on google_compute_instance.',
    references: ['https://cloud.google.com/compute/docs/oslogin/set-up-oslogin', 'https://cloud.google.com/compute/docs/oslogin'],
  },
  evaluate(pm, result, ctx) {
    const { enableOsLogin, settings } = pm.attributes.metadata
    if (enableOsLogin !== true) {
      const value = settings['enable-oslogin']
      return result.fail(
        value === undefined
          ? `Project ${pm.attributes.projectId} does not set enable-oslogin in its common instance metadata, so OS Login is off.`
          : `Project ${pm.attributes.projectId} sets enable-oslogin=${value} in its common instance metadata, so OS Login is off.`,
      )
    }
    const overriding = ctx.inventory
      .resources<GcpInstanceAttributes>(GCP_COMPUTE_TYPES.instance, { account: pm.account })
      .filter((i) => !isGkeNode(i) && i.attributes.metadata.enableOsLogin === false)
    return overriding.length === 0
      ? result.pass(`Project ${pm.attributes.projectId} enables OS Login and no instance turns it off.`)
      : result.fail(
          `Project ${pm.attributes.projectId} enables OS Login but instance(s) ${overriding.map((i) => `${i.name} (${i.region})`).join(', ')} set enable-oslogin=FALSE.`,
        )
  },
})
