import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AZURE_DATABASES_TYPES, type AzureSqlServerAttributes } from '../../../normalize/azure/types-databases.js'

const MIN_DAYS = 90

/** Audit logs must outlive the time it takes to notice an incident; CIS asks for at least 90 days (0 = unlimited). */
export default defineCheck<AzureSqlServerAttributes>({
  id: 'azure-sql-server-audit-retention-90-days',
  title: 'Azure SQL server keeps audit logs for at least 90 days',
  resourceType: AZURE_DATABASES_TYPES.sqlServer,
  severity: 'low',
  categories: ['logging'],
  rationale:
    'Breaches are often found weeks after they start; audit logs deleted before then cannot show how data was accessed. ' +
    'The retention set on the auditing policy applies to the storage account destination, where 0 means keep forever.',
  remediation: {
    steps: [
      "Open the SQL server, Security > Auditing, expand the storage destination's Advanced properties.",
      'Set Retention (days) to 90 or more, or 0 to keep audit logs indefinitely.',
    ],
    cli: 'az sql server audit-policy update --resource-group <rg> --name <server> --state Enabled --bsts Enabled --storage-account <account> --retention-days 90',
    terraform: 'azurerm_mssql_server_extended_auditing_policy: retention_in_days = 90 (or 0 for unlimited).',
    references: [
      'https://learn.microsoft.com/azure/azure-sql/database/auditing-overview',
      'https://learn.microsoft.com/azure/azure-sql/database/auditing-setup',
    ],
  },
  evaluate(server, result) {
    const name = server.attributes.serverName
    const a = known(server.attributes.auditing, 'server auditing policy')
    if (a.state !== 'Enabled') return result.fail(`SQL server ${name} does not audit at server level, so no audit logs are retained.`)
    if (!a.storageTarget) {
      // Log Analytics and Event Hubs destinations keep logs as long as the workspace or consumer does.
      return result.error(`SQL server ${name} audits only to Azure Monitor, whose retention is set on the workspace or event hub, not on the server.`)
    }
    if (a.retentionDays === 0) return result.pass(`SQL server ${name} keeps audit logs in storage without a time limit.`)
    return a.retentionDays >= MIN_DAYS
      ? result.pass(`SQL server ${name} keeps audit logs for ${a.retentionDays} days.`)
      : result.fail(`SQL server ${name} keeps audit logs for only ${a.retentionDays} days (under ${MIN_DAYS}).`)
  },
})
