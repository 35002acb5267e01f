import { defineCheck } from '../../../evaluate/define-check.js'
import { AZURE_DATABASES_TYPES, type AzureSqlServerAttributes } from '../../../normalize/azure/types-databases.js'

const ACCEPTED = ['1.2', '1.3']

/** TLS 1.0 and 1.1 have known weaknesses; the server should refuse them. */
export default defineCheck<AzureSqlServerAttributes>({
  id: 'azure-sql-server-min-tls-12',
  title: 'Azure SQL server requires TLS 1.2 or later',
  resourceType: AZURE_DATABASES_TYPES.sqlServer,
  severity: 'medium',
  categories: ['encryption'],
  rationale:
    'A server that still accepts TLS 1.0 or 1.1 lets a client, or an attacker downgrading the connection, use protocols with ' +
    'known weaknesses for traffic that carries credentials and data.',
  remediation: {
    steps: ['Check that clients support TLS 1.2.', 'Set the minimum TLS version of the server to 1.2.'],
    cli: 'az sql server update --resource-group <rg> --name <server> --minimal-tls-version 1.2',
    terraform: 'azurerm_mssql_server: minimum_tls_version = "1.2".',
    references: ['https://learn.microsoft.com/azure/azure-sql/database/connectivity-settings#configure-minimum-tls-version'],
  },
  evaluate(server, result) {
    const { serverName: name, minimalTlsVersion: v } = server.attributes
    if (v && ACCEPTED.includes(v)) return result.pass(`SQL server ${name} requires TLS ${v} or later.`)
    return v && v !== 'None'
      ? result.fail(`SQL server ${name} accepts connections with TLS ${v}.`)
      : result.fail(`SQL server ${name} sets no minimum TLS version, so it accepts TLS 1.0 and 1.1.`)
  },
})
