import { defineCheck } from '../../../evaluate/define-check.js'
import { AZURE_DATABASES_TYPES, type AzurePostgresqlFlexibleServerAttributes } from '../../../normalize/azure/types-databases.js'

/** A server reachable only privately (VNet integration or private endpoints) has no internet-facing endpoint. */
export default defineCheck<AzurePostgresqlFlexibleServerAttributes>({
  id: 'azure-postgresql-flexible-server-public-network-access-disabled',
  title: 'PostgreSQL flexible server has public network access disabled',
  resourceType: AZURE_DATABASES_TYPES.postgresqlFlexibleServer,
  severity: 'medium',
  categories: ['network'],
  rationale:
    'With public access on, the server has an internet-resolvable endpoint guarded only by IP firewall rules; private access keeps ' +
    'database traffic inside virtual networks and out of reach of internet-wide scanning and password guessing.',
  remediation: {
    steps: ['Create a private endpoint for the server (or deploy it with private access in a delegated subnet).', 'Disable public network access.'],
    cli: 'az postgres flexible-server update --resource-group <rg> --name <server> --public-access Disabled',
    terraform: 'azurerm_postgresql_flexible_server: public_network_access_enabled = false (or delegated_subnet_id for private access).',
    references: ['https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-networking'],
  },
  evaluate(server, result) {
    const { serverName: name, publicNetworkAccess: access, delegatedSubnetId } = server.attributes
    if (access === 'Disabled') {
      return result.pass(`PostgreSQL server ${name} has public network access disabled${delegatedSubnetId ? ' (VNet-integrated)' : ''}.`)
    }
    return result.fail(`PostgreSQL server ${name} has public network access ${access === 'Enabled' ? 'enabled' : `set to ${access}`}.`)
  },
})
