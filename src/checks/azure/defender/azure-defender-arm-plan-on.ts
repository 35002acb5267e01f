import { defineCheck } from '../../../evaluate/define-check.js'
import { AZURE_MANAGEMENT_TYPES, type DefenderSettingsAttributes } from '../../../normalize/azure/types-management.js'
import { defenderPlanRemediation, evaluateDefenderPlan, type DefenderPlanSpec } from '../../_shared/azure-defender.js'

// CIS Microsoft Azure Foundations v2.0 2.1.12.
const SPEC: DefenderPlanSpec = {
  label: 'Defender for Resource Manager',
  plans: ['Arm'],
  reference: 'https://learn.microsoft.com/azure/defender-for-cloud/defender-for-resource-manager-introduction',
}

/** Defender for Resource Manager must be on in every subscription. */
export default defineCheck<DefenderSettingsAttributes>({
  id: 'azure-defender-arm-plan-on',
  title: 'Microsoft Defender for Resource Manager plan is on',
  resourceType: AZURE_MANAGEMENT_TYPES.defenderSettings,
  severity: 'medium',
  categories: ['threat-detection'],
  rationale:
    'Defender for Resource Manager watches control-plane operations for toolkits such as MicroBurst, suspicious role assignments and operations from malicious addresses; it is the alerting layer for the management plane of the whole subscription.',
  remediation: defenderPlanRemediation(SPEC),
  evaluate: (res, result) => evaluateDefenderPlan(res, SPEC, result),
})
