import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AZURE_DATABASES_TYPES, type AzurePostgresqlFlexibleServerAttributes } from '../../../normalize/azure/types-databases.js'

/** require_secure_transport=on makes the server refuse unencrypted client connections. */
export default defineCheck<AzurePostgresqlFlexibleServerAttributes>({
  id: 'azure-postgresql-flexible-server-secure-transport',
  title: 'PostgreSQL flexible server requires encrypted (TLS) connections',
  resourceType: AZURE_DATABASES_TYPES.postgresqlFlexibleServer,
  severity: 'medium',
  categories: ['encryption'],
  rationale:
    'With require_secure_transport off, clients may connect without TLS and send passwords and query results in clear text, ' +
    'readable and alterable by anyone on the network path.',
  remediation: {
    steps: ['Check that every client connects with sslmode=require or stricter.', 'Set the server parameter require_secure_transport to ON.'],
    cli: 'az postgres flexible-server parameter set --resource-group <rg> --server-name <server> --name require_secure_transport --value on',
    terraform: 'Declare azurerm_postgresql_flexible_server_configuration with name = "require_secure_transport" and value = "on".',
    references: ['https://learn.microsoft.com/azure/postgresql/flexible-server/security-tls'],
  },
  evaluate(server, result) {
    const name = server.attributes.serverName
    return known(server.attributes.requireSecureTransport, 'require_secure_transport')
      ? result.pass(`PostgreSQL server ${name} has require_secure_transport on.`)
      : result.fail(`PostgreSQL server ${name} has require_secure_transport off, so clients may connect without TLS.`)
  },
})
