import { defineCheck } from '../../../evaluate/define-check.js'
import { AZURE_DATABASES_TYPES, type AzureSqlServerAttributes } from '../../../normalize/azure/types-databases.js'

/** A server reached only through private endpoints has no internet-facing endpoint to attack. */
export default defineCheck<AzureSqlServerAttributes>({
  id: 'azure-sql-server-public-network-access-disabled',
  title: 'Azure SQL server has public network access disabled',
  resourceType: AZURE_DATABASES_TYPES.sqlServer,
  severity: 'medium',
  categories: ['network'],
  rationale:
    "With public network access on, the server's public endpoint is exposed and only IP firewall rules, easy to widen by mistake, " +
    'decide who reaches it. Private endpoints keep the traffic on private networks.',
  remediation: {
    steps: ["Create private endpoints for the clients' virtual networks.", 'Set public network access of the server to Disabled.'],
    cli: 'az sql server update --resource-group <rg> --name <server> --enable-public-network false',
    terraform: 'azurerm_mssql_server: public_network_access_enabled = false, with azurerm_private_endpoint for the server.',
    references: ['https://learn.microsoft.com/azure/azure-sql/database/connectivity-settings#deny-public-network-access'],
  },
  evaluate(server, result) {
    const { serverName: name, publicNetworkAccess: access } = server.attributes
    return access === 'Disabled'
      ? result.pass(`SQL server ${name} has public network access disabled.`)
      : result.fail(`SQL server ${name} has public network access ${access === 'Enabled' ? 'enabled' : `set to ${access}`}.`)
  },
})
