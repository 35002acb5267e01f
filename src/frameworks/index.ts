import { CIS_AWS_7_0 } from './cis-aws-7.0.js'
import { CIS_AZURE_6_0 } from './cis-azure-6.0.js'
import { CIS_GCP_5_0 } from './cis-gcp-5.0.js'
import { AWS_FSBP } from './aws-fsbp.js'
import { PCI_DSS_4_0 } from './pci-dss-4.0.js'
import { HIPAA_SECURITY } from './hipaa-security.js'
import { NIST_800_53_R5 } from './nist-800-53-r5.js'
import { NIST_CSF_2_0 } from './nist-csf-2.0.js'
import { ISO_27001_2022 } from './iso-27001-2022.js'
import { SOC2_TSC } from './soc2.js'
import { GDPR } from './gdpr.js'
import type { Framework } from './types.js'

/** Every framework version Posture ships. */
export const FRAMEWORKS: readonly Framework[] = [
  CIS_AWS_7_0,
  CIS_AZURE_6_0,
  CIS_GCP_5_0,
  AWS_FSBP,
  PCI_DSS_4_0,
  HIPAA_SECURITY,
  NIST_800_53_R5,
  NIST_CSF_2_0,
  ISO_27001_2022,
  SOC2_TSC,
  GDPR,
]

/** A framework by id (`cis-aws`), or undefined. */
export function frameworkById(id: string): Framework | undefined {
  return FRAMEWORKS.find((f) => f.id === id)
}
