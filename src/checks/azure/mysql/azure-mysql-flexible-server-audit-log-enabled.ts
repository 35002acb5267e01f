import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AZURE_DATABASES_TYPES, type AzureMysqlFlexibleServerAttributes } from '../../../normalize/azure/types-databases.js'

/** The audit log records connections and statements; it is off by default. */
export default defineCheck<AzureMysqlFlexibleServerAttributes>({
  id: 'azure-mysql-flexible-server-audit-log-enabled',
  title: 'MySQL flexible server has the audit log enabled',
  resourceType: AZURE_DATABASES_TYPES.mysqlFlexibleServer,
  severity: 'medium',
  categories: ['logging'],
  rationale:
    'Without audit_log_enabled the server keeps no record of who connected and what they ran, so misuse of the database cannot be ' +
    'detected or investigated.',
  remediation: {
    steps: [
      'Set the server parameter audit_log_enabled to ON and audit_log_events to at least CONNECTION.',
      'Send the MySqlAuditLogs category to Log Analytics through a diagnostic setting.',
    ],
    cli: 'az mysql flexible-server parameter set --resource-group <rg> --server-name <server> --name audit_log_enabled --value ON',
    terraform: 'Declare azurerm_mysql_flexible_server_configuration with name = "audit_log_enabled" and value = "ON".',
    references: ['https://learn.microsoft.com/azure/mysql/flexible-server/concepts-audit-logs'],
  },
  evaluate(server, result) {
    const name = server.attributes.serverName
    return known(server.attributes.auditLogEnabled, 'audit_log_enabled')
      ? result.pass(`MySQL server ${name} has audit_log_enabled ON.`)
      : result.fail(`MySQL server ${name} has audit_log_enabled OFF, so connections and statements are not audited.`)
  },
})
