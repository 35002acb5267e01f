import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AZURE_DATABASES_TYPES, type AzureMysqlFlexibleServerAttributes } from '../../../normalize/azure/types-databases.js'

const ACCEPTED = ['tlsv1.2', 'tlsv1.3']

/** tls_version should list only TLS 1.2 and later. */
export default defineCheck<AzureMysqlFlexibleServerAttributes>({
  id: 'azure-mysql-flexible-server-tls-12',
  title: 'MySQL flexible server accepts only TLS 1.2 or later',
  resourceType: AZURE_DATABASES_TYPES.mysqlFlexibleServer,
  severity: 'medium',
  categories: ['encryption'],
  rationale:
    'TLS 1.0 and 1.1 have known weaknesses and are deprecated (RFC 8996); a server that lists them in tls_version lets clients or a ' +
    'downgrading attacker protect credentials and data with them.',
  remediation: {
    steps: ['Set the server parameter tls_version to TLSv1.2 (or TLSv1.2,TLSv1.3); the server restarts to apply it.'],
    cli: 'az mysql flexible-server parameter set --resource-group <rg> --server-name <server> --name tls_version --value TLSv1.2',
    terraform: 'Declare azurerm_mysql_flexible_server_configuration with name = "tls_version" and value = "TLSv1.2".',
    references: ['https://learn.microsoft.com/azure/mysql/flexible-server/how-to-connect-tls-ssl'],
  },
  evaluate(server, result) {
    const name = server.attributes.serverName
    const versions = known(server.attributes.tlsVersions, 'tls_version')
    const weak = versions.filter((v) => !ACCEPTED.includes(v.toLowerCase()))
    if (versions.length === 0) return result.error(`MySQL server ${name} reports an empty tls_version.`)
    return weak.length === 0
      ? result.pass(`MySQL server ${name} accepts only ${versions.join(', ')}.`)
      : result.fail(`MySQL server ${name} also accepts ${weak.join(', ')}.`)
  },
})
