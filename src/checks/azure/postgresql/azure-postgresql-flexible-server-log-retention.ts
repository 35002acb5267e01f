import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AZURE_DATABASES_TYPES, type AzurePostgresqlFlexibleServerAttributes } from '../../../normalize/azure/types-databases.js'

const MIN_DAYS = 3

/** Server log files should be kept long enough to investigate; CIS asks for more than 3 days. */
export default defineCheck<AzurePostgresqlFlexibleServerAttributes>({
  id: 'azure-postgresql-flexible-server-log-retention',
  title: 'PostgreSQL flexible server keeps server logs for more than 3 days',
  resourceType: AZURE_DATABASES_TYPES.postgresqlFlexibleServer,
  severity: 'low',
  categories: ['logging'],
  rationale:
    'Connection, error and query logs show how a server was accessed; deleted after a weekend, they are gone before an incident is ' +
    'noticed. logfiles.retention_days (1–7) sets how long the server keeps them.',
  remediation: {
    steps: [
      'Set the server parameter logfiles.retention_days to 4–7.',
      'Export logs to Log Analytics through diagnostic settings for longer retention.',
    ],
    cli: 'az postgres flexible-server parameter set --resource-group <rg> --server-name <server> --name logfiles.retention_days --value 7',
    terraform: 'Declare azurerm_postgresql_flexible_server_configuration with name = "logfiles.retention_days" and value = "7".',
    references: ['https://learn.microsoft.com/azure/postgresql/flexible-server/how-to-configure-server-logs'],
  },
  evaluate(server, result) {
    const name = server.attributes.serverName
    const days = known(server.attributes.logRetentionDays, 'logfiles.retention_days')
    if (!Number.isFinite(days)) return result.error(`PostgreSQL server ${name} reports an unreadable logfiles.retention_days value.`)
    return days > MIN_DAYS
      ? result.pass(`PostgreSQL server ${name} keeps server logs for ${days} days.`)
      : result.fail(`PostgreSQL server ${name} keeps server logs for only ${days} day(s).`)
  },
})
