import { defineCheck } from '../../../evaluate/define-check.js'
import { AZURE_MANAGEMENT_TYPES, type DefenderSettingsAttributes } from '../../../normalize/azure/types-management.js'
import { defenderPlanRemediation, evaluateDefenderPlan, type DefenderPlanSpec } from '../../_shared/azure-defender.js'

// CIS Microsoft Azure Foundations v2.0 2.1.10.
const SPEC: DefenderPlanSpec = {
  label: 'Defender for Key Vault',
  plans: ['KeyVaults'],
  reference: 'https://learn.microsoft.com/azure/defender-for-cloud/defender-for-key-vault-introduction',
}

/** Defender for Key Vault must be on in every subscription. */
export default defineCheck<DefenderSettingsAttributes>({
  id: 'azure-defender-keyvault-plan-on',
  title: 'Microsoft Defender for Key Vault plan is on',
  resourceType: AZURE_MANAGEMENT_TYPES.defenderSettings,
  severity: 'medium',
  categories: ['threat-detection'],
  rationale:
    'Defender for Key Vault detects unusual access to secrets and keys (from Tor, from unfamiliar principals, bulk reads); a vault holds the credentials of everything else, so silent access there is costly.',
  remediation: defenderPlanRemediation(SPEC),
  evaluate: (res, result) => evaluateDefenderPlan(res, SPEC, result),
})
