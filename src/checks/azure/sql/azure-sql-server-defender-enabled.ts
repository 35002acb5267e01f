import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AZURE_DATABASES_TYPES, type AzureSqlServerAttributes } from '../../../normalize/azure/types-databases.js'

/** Microsoft Defender for SQL detects SQL injection, brute force and anomalous access on the server's databases. */
export default defineCheck<AzureSqlServerAttributes>({
  id: 'azure-sql-server-defender-enabled',
  title: 'Azure SQL server has Microsoft Defender for SQL enabled',
  resourceType: AZURE_DATABASES_TYPES.sqlServer,
  severity: 'medium',
  categories: ['threat-detection'],
  rationale:
    'Advanced Threat Protection alerts on SQL injection, logins from unusual locations, brute-force attempts and data exfiltration ' +
    'patterns; without it such activity goes unnoticed until the damage shows.',
  remediation: {
    steps: [
      'Enable the Defender for SQL plan for the subscription in Microsoft Defender for Cloud, or on the server (Security > Microsoft Defender for Cloud).',
      'Route the alerts to the security team.',
    ],
    cli: 'az sql server advanced-threat-protection-setting update --resource-group <rg> --name <server> --state Enabled',
    terraform:
      'Declare azurerm_mssql_server_security_alert_policy for the server with state = "Enabled" (or azurerm_security_center_subscription_pricing with resource_type = "SqlServers").',
    references: [
      'https://learn.microsoft.com/azure/azure-sql/database/azure-defender-for-sql',
      'https://learn.microsoft.com/azure/defender-for-cloud/defender-for-sql-introduction',
    ],
  },
  evaluate(server, result) {
    const name = server.attributes.serverName
    const state = known(server.attributes.defenderState, 'advanced threat protection setting')
    return state === 'Enabled'
      ? result.pass(`SQL server ${name} has Microsoft Defender for SQL enabled.`)
      : result.fail(`SQL server ${name} has Microsoft Defender for SQL in state ${state}.`)
  },
})
