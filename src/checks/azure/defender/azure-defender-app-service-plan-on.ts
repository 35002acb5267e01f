import { defineCheck } from '../../../evaluate/define-check.js'
import { AZURE_MANAGEMENT_TYPES, type DefenderSettingsAttributes } from '../../../normalize/azure/types-management.js'
import { defenderPlanRemediation, evaluateDefenderPlan, type DefenderPlanSpec } from '../../_shared/azure-defender.js'

// CIS Microsoft Azure Foundations v2.0 2.1.2.
const SPEC: DefenderPlanSpec = {
  label: 'Defender for App Service',
  plans: ['AppServices'],
  reference: 'https://learn.microsoft.com/azure/defender-for-cloud/defender-for-app-service-introduction',
}

/** Defender for App Service must be on in every subscription. */
export default defineCheck<DefenderSettingsAttributes>({
  id: 'azure-defender-app-service-plan-on',
  title: 'Microsoft Defender for App Service plan is on',
  resourceType: AZURE_MANAGEMENT_TYPES.defenderSettings,
  severity: 'medium',
  categories: ['threat-detection'],
  rationale:
    'Defender for App Service watches the requests and processes of App Service apps for web shells, dangling DNS and attacks on known vulnerable frameworks; without it, a compromised app raises no alert.',
  remediation: defenderPlanRemediation(SPEC),
  evaluate: (res, result) => evaluateDefenderPlan(res, SPEC, result),
})
