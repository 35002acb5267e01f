import { defineCheck } from '../../../evaluate/define-check.js'
import { GCP_COMPUTE_TYPES, type GcpInstanceAttributes } from '../../../normalize/gcp/types-compute.js'
import { projectMetadata } from '../../_shared/gcp-compute.js'

/**
 * CIS GCP 4.5: interactive serial console access is off. The instance's serial-port-enable wins; when the instance
 * leaves it unset, the project metadata value applies (default off:
 * https://cloud.google.com/compute/docs/troubleshooting/troubleshooting-using-serial-console).
 */
export default defineCheck<GcpInstanceAttributes>({
  id: 'gcp-compute-instance-serial-port-disabled',
  title: 'VM instance does not allow interactive serial console connections',
  resourceType: GCP_COMPUTE_TYPES.instance,
  severity: 'medium',
  categories: ['identity', 'network'],
  rationale:
    'The interactive serial console accepts connections from any IP address through ssh-serialport.googleapis.com, outside VPC firewall rules and IP-based controls; ' +
    'anyone holding a valid SSH key and IAM access can reach the VM console from anywhere.',
  remediation: {
    steps: [
      'Set serial-port-enable to FALSE on the instance (or remove it) and make sure the project metadata does not enable it.',
      'Enforce the organization policy constraint compute.disableSerialPortAccess.',
    ],
    cli: 'gcloud compute instances add-metadata <instance> --zone=<zone> --metadata=serial-port-enable=FALSE',
    terraform:
      'google_compute_instance: metadata = { "serial-port-enable" = "FALSE" } (and no google_compute_project_metadata_item "serial-port-enable" = "TRUE").',
    references: [
      'https://cloud.google.com/compute/docs/troubleshooting/troubleshooting-using-serial-console',
      'https://cloud.google.com/compute/docs/instances/interacting-with-serial-console',
    ],
  },
  evaluate(instance, result, ctx) {
    const own = instance.attributes.metadata.serialPortEnable
    if (own !== null) {
      return own
        ? result.fail(
            `Instance ${instance.name} sets serial-port-enable=${instance.attributes.metadata.settings['serial-port-enable']}, enabling the interactive serial console.`,
          )
        : result.pass(`Instance ${instance.name} sets serial-port-enable=${instance.attributes.metadata.settings['serial-port-enable']}.`)
    }
    const project = projectMetadata(ctx, instance.account)
    if (!project)
      return result.error(
        `The common instance metadata of project ${instance.account} was not collected, so the inherited serial-port-enable is unknown.`,
      )
    return project.attributes.metadata.serialPortEnable === true
      ? result.fail(
          `Instance ${instance.name} inherits serial-port-enable=${project.attributes.metadata.settings['serial-port-enable']} from project ${instance.account}, enabling the interactive serial console.`,
        )
      : result.pass(`Neither instance ${instance.name} nor project ${instance.account} enables the interactive serial console.`)
  },
})
