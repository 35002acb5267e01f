import { defineCheck } from '../../../evaluate/define-check.js'
import { AZURE_MANAGEMENT_TYPES, type DefenderSettingsAttributes } from '../../../normalize/azure/types-management.js'
import { defenderPlanRemediation, evaluateDefenderPlan, type DefenderPlanSpec } from '../../_shared/azure-defender.js'

// CIS Microsoft Azure Foundations v2.0 2.1.8.
const SPEC: DefenderPlanSpec = {
  label: 'Defender for Storage',
  plans: ['StorageAccounts'],
  reference: 'https://learn.microsoft.com/azure/defender-for-cloud/defender-for-storage-introduction',
}

/** Defender for Storage must be on in every subscription. */
export default defineCheck<DefenderSettingsAttributes>({
  id: 'azure-defender-storage-plan-on',
  title: 'Microsoft Defender for Storage plan is on',
  resourceType: AZURE_MANAGEMENT_TYPES.defenderSettings,
  severity: 'medium',
  categories: ['threat-detection'],
  rationale:
    'Defender for Storage detects malware uploads, access from suspicious addresses and unusual data extraction in blob and file storage; without it, data theft from a storage account raises no alert.',
  remediation: defenderPlanRemediation(SPEC),
  evaluate: (res, result) => evaluateDefenderPlan(res, SPEC, result),
})
