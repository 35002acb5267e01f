import { defineCheck } from '../../../evaluate/define-check.js'
import { AZURE_DATABASES_TYPES, type AzureMysqlFlexibleServerAttributes } from '../../../normalize/azure/types-databases.js'

/** A server reachable only privately (VNet integration or private endpoints) has no internet-facing endpoint. */
export default defineCheck<AzureMysqlFlexibleServerAttributes>({
  id: 'azure-mysql-flexible-server-public-network-access-disabled',
  title: 'MySQL flexible server has public network access disabled',
  resourceType: AZURE_DATABASES_TYPES.mysqlFlexibleServer,
  severity: 'medium',
  categories: ['network'],
  rationale:
    'With public access on, the server has an internet-resolvable endpoint guarded only by IP firewall rules; private access keeps ' +
    'database traffic inside virtual networks and out of reach of internet-wide scanning and password guessing.',
  remediation: {
    steps: ['Create a private endpoint for the server (or deploy it with private access in a delegated subnet).', 'Disable public network access.'],
    cli: 'az mysql flexible-server update --resource-group <rg> --name <server> --public-access Disabled',
    terraform: 'azurerm_mysql_flexible_server: public_network_access = "Disabled" (or delegated_subnet_id for private access).',
    references: ['https://learn.microsoft.com/azure/mysql/flexible-server/concepts-networking'],
  },
  evaluate(server, result) {
    const { serverName: name, publicNetworkAccess: access, delegatedSubnetId } = server.attributes
    if (access === 'Disabled') {
      return result.pass(`MySQL server ${name} has public network access disabled${delegatedSubnetId ? ' (VNet-integrated)' : ''}.`)
    }
    return result.fail(`MySQL server ${name} has public network access ${access === 'Enabled' ? 'enabled' : `set to ${access}`}.`)
  },
})
