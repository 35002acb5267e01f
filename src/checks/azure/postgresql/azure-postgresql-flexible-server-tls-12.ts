import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AZURE_DATABASES_TYPES, type AzurePostgresqlFlexibleServerAttributes } from '../../../normalize/azure/types-databases.js'

const ACCEPTED = ['tlsv1.2', 'tlsv1.3']

/** ssl_min_protocol_version should exclude TLS 1.0 and 1.1. */
export default defineCheck<AzurePostgresqlFlexibleServerAttributes>({
  id: 'azure-postgresql-flexible-server-tls-12',
  title: 'PostgreSQL flexible server requires TLS 1.2 or later',
  resourceType: AZURE_DATABASES_TYPES.postgresqlFlexibleServer,
  severity: 'medium',
  categories: ['encryption'],
  rationale:
    'TLS 1.0 and 1.1 have known weaknesses and are deprecated (RFC 8996); a server that accepts them lets clients or a downgrading ' +
    'attacker protect credentials and data with them.',
  remediation: {
    steps: ['Set the server parameter ssl_min_protocol_version to TLSv1.2 (or TLSv1.3).'],
    cli: 'az postgres flexible-server parameter set --resource-group <rg> --server-name <server> --name ssl_min_protocol_version --value TLSv1.2',
    terraform: 'Declare azurerm_postgresql_flexible_server_configuration with name = "ssl_min_protocol_version" and value = "TLSv1.2".',
    references: ['https://learn.microsoft.com/azure/postgresql/flexible-server/security-tls'],
  },
  evaluate(server, result) {
    const name = server.attributes.serverName
    const v = known(server.attributes.sslMinProtocolVersion, 'ssl_min_protocol_version')
    return ACCEPTED.includes(v.trim().toLowerCase())
      ? result.pass(`PostgreSQL server ${name} requires ${v} or later.`)
      : result.fail(`PostgreSQL server ${name} accepts connections from ${v} up.`)
  },
})
