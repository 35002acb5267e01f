import { defineCheck } from '../../../evaluate/define-check.js'
import { AZURE_MANAGEMENT_TYPES, type DefenderSettingsAttributes } from '../../../normalize/azure/types-management.js'
import { defenderPlanRemediation, evaluateDefenderPlan, type DefenderPlanSpec } from '../../_shared/azure-defender.js'

// CIS Microsoft Azure Foundations v2.0 2.1.9.
const SPEC: DefenderPlanSpec = {
  label: 'Defender for Containers',
  plans: ['Containers'],
  reference: 'https://learn.microsoft.com/azure/defender-for-cloud/defender-for-containers-introduction',
}

/** Defender for Containers must be on in every subscription. */
export default defineCheck<DefenderSettingsAttributes>({
  id: 'azure-defender-containers-plan-on',
  title: 'Microsoft Defender for Containers plan is on',
  resourceType: AZURE_MANAGEMENT_TYPES.defenderSettings,
  severity: 'medium',
  categories: ['threat-detection'],
  rationale:
    'Defender for Containers scans registry images for vulnerabilities and watches Kubernetes clusters for runtime threats (privileged containers, crypto mining, exposed dashboards); without it, compromised clusters go unnoticed.',
  remediation: defenderPlanRemediation(SPEC),
  evaluate: (res, result) => evaluateDefenderPlan(res, SPEC, result),
})
