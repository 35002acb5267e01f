import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AZURE_DATABASES_TYPES, type AzureSqlServerAttributes } from '../../../normalize/azure/types-databases.js'

/** Server-level auditing records every database's activity, including databases created later. */
export default defineCheck<AzureSqlServerAttributes>({
  id: 'azure-sql-server-auditing-enabled',
  title: 'Azure SQL server has auditing enabled',
  resourceType: AZURE_DATABASES_TYPES.sqlServer,
  severity: 'medium',
  categories: ['logging'],
  rationale:
    'Audit logs record logins, permission changes and queries; without them a breach or misuse of data cannot be investigated. ' +
    'Auditing set on the server covers all of its databases, present and future.',
  remediation: {
    steps: [
      'Open the SQL server, Security > Auditing, and turn on Azure SQL Auditing.',
      'Send the audit logs to a storage account, a Log Analytics workspace or an event hub that the database administrators cannot alter.',
    ],
    cli: 'az sql server audit-policy update --resource-group <rg> --name <server> --state Enabled --lats Enabled --lawri <workspace-id>',
    terraform:
      'Declare azurerm_mssql_server_extended_auditing_policy for the server with enabled = true and a storage_endpoint or log_monitoring_enabled = true.',
    references: [
      'https://learn.microsoft.com/azure/azure-sql/database/auditing-overview',
      'https://learn.microsoft.com/azure/azure-sql/database/auditing-setup',
    ],
  },
  evaluate(server, result) {
    const name = server.attributes.serverName
    const { state } = known(server.attributes.auditing, 'server auditing policy')
    return state === 'Enabled'
      ? result.pass(`SQL server ${name} has server-level auditing enabled.`)
      : result.fail(`SQL server ${name} has server-level auditing ${state.toLowerCase()}.`)
  },
})
