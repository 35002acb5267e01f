import { defineCheck } from '../../../evaluate/define-check.js'
import { GCP_COMPUTE_TYPES, type GcpInstanceAttributes } from '../../../normalize/gcp/types-compute.js'

/** CIS GCP 4.8: instances run as Shielded VMs with vTPM and integrity monitoring on (Secure Boot is reported, not required). */
export default defineCheck<GcpInstanceAttributes>({
  id: 'gcp-compute-instance-shielded-vm',
  title: 'VM instance runs as a Shielded VM with vTPM and integrity monitoring',
  resourceType: GCP_COMPUTE_TYPES.instance,
  severity: 'medium',
  categories: ['threat-detection'],
  rationale:
    'Shielded VM measures the boot sequence into a virtual TPM and compares it with a known-good baseline, so boot- and kernel-level malware (rootkits, bootkits) ' +
    'is detected through integrity monitoring; Secure Boot additionally refuses unsigned boot components.',
  remediation: {
    steps: [
      'Use an image that supports Shielded VM features.',
      'Stop the instance, enable vTPM and integrity monitoring (and Secure Boot where the drivers allow), then start it.',
      'Enforce the organization policy constraint compute.requireShieldedVm.',
    ],
    cli: 'gcloud compute instances update <instance> --zone=<zone> --shielded-vtpm --shielded-integrity-monitoring --shielded-secure-boot',
    terraform:
      'google_compute_instance: shielded_instance_config { enable_vtpm = true, enable_integrity_monitoring = true, enable_secure_boot = true }.',
    references: [
      'https://cloud.google.com/compute/shielded-vm/docs/shielded-vm',
      'https://cloud.google.com/compute/shielded-vm/docs/modifying-shielded-vm',
    ],
  },
  evaluate(instance, result) {
    const s = instance.attributes.shieldedInstanceConfig
    if (!s) return result.fail(`Instance ${instance.name} has no Shielded VM configuration.`)
    const off = [!s.enableVtpm && 'vTPM', !s.enableIntegrityMonitoring && 'integrity monitoring'].filter((x): x is string => !!x)
    const secureBoot = s.enableSecureBoot ? 'on' : 'off'
    return off.length === 0
      ? result.pass(`Instance ${instance.name} runs as a Shielded VM with vTPM and integrity monitoring (Secure Boot ${secureBoot}).`)
      : result.fail(`Instance ${instance.name} has ${off.join(' and ')} turned off (Secure Boot ${secureBoot}).`)
  },
})
