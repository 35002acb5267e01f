import { defineCheck } from '../../../evaluate/define-check.js'
import { AZURE_MANAGEMENT_TYPES, type DefenderSettingsAttributes } from '../../../normalize/azure/types-management.js'
import { defenderPlanRemediation, evaluateDefenderPlan, type DefenderPlanSpec } from '../../_shared/azure-defender.js'

// CIS Microsoft Azure Foundations v2.0 2.1.1.
const SPEC: DefenderPlanSpec = {
  label: 'Defender for Servers',
  plans: ['VirtualMachines'],
  reference: 'https://learn.microsoft.com/azure/defender-for-cloud/defender-for-servers-introduction',
}

/** Defender for Servers must be on in every subscription. */
export default defineCheck<DefenderSettingsAttributes>({
  id: 'azure-defender-servers-plan-on',
  title: 'Microsoft Defender for Servers plan is on',
  resourceType: AZURE_MANAGEMENT_TYPES.defenderSettings,
  severity: 'high',
  categories: ['threat-detection'],
  rationale:
    'Defender for Servers brings endpoint detection (Microsoft Defender for Endpoint), vulnerability assessment and just-in-time VM access; without it, attacks on virtual machines and Arc servers raise no alert.',
  remediation: defenderPlanRemediation(SPEC),
  evaluate: (res, result) => evaluateDefenderPlan(res, SPEC, result),
})
