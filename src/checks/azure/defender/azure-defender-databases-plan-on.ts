import { defineCheck } from '../../../evaluate/define-check.js'
import { AZURE_MANAGEMENT_TYPES, type DefenderSettingsAttributes } from '../../../normalize/azure/types-management.js'
import { defenderPlanRemediation, evaluateDefenderPlan, type DefenderPlanSpec } from '../../_shared/azure-defender.js'

// CIS Microsoft Azure Foundations v2.0 2.1.6 and 2.1.7.
const SPEC: DefenderPlanSpec = {
  label: 'Defender for open-source databases and Cosmos DB',
  plans: ['OpenSourceRelationalDatabases', 'CosmosDbs'],
  reference: 'https://learn.microsoft.com/azure/defender-for-cloud/defender-for-databases-introduction',
}

/** Defender for open-source databases and Cosmos DB must be on in every subscription. */
export default defineCheck<DefenderSettingsAttributes>({
  id: 'azure-defender-databases-plan-on',
  title: 'Microsoft Defender plans are on for open-source relational databases and Cosmos DB',
  resourceType: AZURE_MANAGEMENT_TYPES.defenderSettings,
  severity: 'medium',
  categories: ['threat-detection'],
  rationale:
    'These plans detect brute force, anomalous access and SQL injection against PostgreSQL, MySQL and MariaDB servers and Cosmos DB accounts; without them, attacks on these databases raise no alert.',
  remediation: defenderPlanRemediation(SPEC),
  evaluate: (res, result) => evaluateDefenderPlan(res, SPEC, result),
})
