import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AZURE_DATABASES_TYPES, type AzureMysqlFlexibleServerAttributes } from '../../../normalize/azure/types-databases.js'

/** require_secure_transport=ON makes the server refuse unencrypted client connections. */
export default defineCheck<AzureMysqlFlexibleServerAttributes>({
  id: 'azure-mysql-flexible-server-secure-transport',
  title: 'MySQL flexible server requires encrypted (TLS) connections',
  resourceType: AZURE_DATABASES_TYPES.mysqlFlexibleServer,
  severity: 'medium',
  categories: ['encryption'],
  rationale:
    'With require_secure_transport OFF, clients may connect without TLS and send passwords and query results in clear text, ' +
    'readable and alterable by anyone on the network path.',
  remediation: {
    steps: ['Check that every client connects with TLS (ssl-mode=REQUIRED or stricter).', 'Set the server parameter require_secure_transport to ON.'],
    cli: 'az mysql flexible-server parameter set --resource-group <rg> --server-name <server> --name require_secure_transport --value ON',
    terraform: 'Declare azurerm_mysql_flexible_server_configuration with name = "require_secure_transport" and value = "ON".',
    references: ['https://learn.microsoft.com/azure/mysql/flexible-server/how-to-connect-tls-ssl'],
  },
  evaluate(server, result) {
    const name = server.attributes.serverName
    return known(server.attributes.requireSecureTransport, 'require_secure_transport')
      ? result.pass(`MySQL server ${name} has require_secure_transport ON.`)
      : result.fail(`MySQL server ${name} has require_secure_transport OFF, so clients may connect without TLS.`)
  },
})
