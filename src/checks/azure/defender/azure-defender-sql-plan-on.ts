import { defineCheck } from '../../../evaluate/define-check.js'
import { AZURE_MANAGEMENT_TYPES, type DefenderSettingsAttributes } from '../../../normalize/azure/types-management.js'
import { defenderPlanRemediation, evaluateDefenderPlan, type DefenderPlanSpec } from '../../_shared/azure-defender.js'

// CIS Microsoft Azure Foundations v2.0 2.1.4 and 2.1.5.
const SPEC: DefenderPlanSpec = {
  label: 'Defender for SQL',
  plans: ['SqlServers', 'SqlServerVirtualMachines'],
  reference: 'https://learn.microsoft.com/azure/defender-for-cloud/defender-for-sql-introduction',
}

/** Defender for SQL must be on in every subscription. */
export default defineCheck<DefenderSettingsAttributes>({
  id: 'azure-defender-sql-plan-on',
  title: 'Microsoft Defender for SQL plans are on (Azure SQL and SQL servers on machines)',
  resourceType: AZURE_MANAGEMENT_TYPES.defenderSettings,
  severity: 'medium',
  categories: ['threat-detection'],
  rationale:
    'Defender for SQL detects SQL injection, brute force and anomalous data access on Azure SQL and on SQL Server running in VMs, and runs vulnerability assessments; both plans are needed to cover both kinds of server.',
  remediation: defenderPlanRemediation(SPEC),
  evaluate: (res, result) => evaluateDefenderPlan(res, SPEC, result),
})
