import { defineCheck } from '../../../evaluate/define-check.js'
import { GCP_DATA_TYPES, type SqlInstanceAttributes } from '../../../normalize/gcp/types-data.js'

/** sslMode values that refuse unencrypted connections (IpConfiguration.sslMode reference). */
const ENFORCING = new Set(['ENCRYPTED_ONLY', 'TRUSTED_CLIENT_CERTIFICATE_REQUIRED'])

// CIS Google Cloud Foundations 6.4.
/** Connections carrying credentials and data must be encrypted; the server has to refuse plain-text ones. */
export default defineCheck<SqlInstanceAttributes>({
  id: 'gcp-sql-instance-ssl-required',
  title: 'Cloud SQL instance accepts only SSL/TLS connections',
  resourceType: GCP_DATA_TYPES.sqlInstance,
  severity: 'medium',
  categories: ['encryption'],
  rationale:
    'If the instance also accepts unencrypted connections, a misconfigured client sends passwords and query results in clear text ' +
    'over the network, where they can be read or altered.',
  remediation: {
    steps: [
      'Set the SSL mode to ENCRYPTED_ONLY (or TRUSTED_CLIENT_CERTIFICATE_REQUIRED to demand client certificates).',
      'Make sure clients connect with TLS or through the Cloud SQL Auth Proxy / language connectors before enforcing.',
    ],
    cli: 'gcloud sql instances patch <instance> --ssl-mode=ENCRYPTED_ONLY',
    terraform: 'google_sql_database_instance settings { ip_configuration { ssl_mode = "ENCRYPTED_ONLY" } }',
    references: [
      'https://cloud.google.com/sql/docs/mysql/configure-ssl-instance',
      'https://cloud.google.com/sql/docs/postgres/admin-api/rest/v1/instances#ipconfiguration',
    ],
  },
  applies: (r) => r.attributes.instanceType !== 'ON_PREMISES_INSTANCE',
  evaluate(instance, result) {
    const { name, sslMode, requireSsl } = instance.attributes
    // sslMode takes priority over the legacy requireSsl when both are set (IpConfiguration.sslMode reference).
    if (sslMode) {
      return ENFORCING.has(sslMode)
        ? result.pass(`Cloud SQL instance ${name} has SSL mode ${sslMode}.`)
        : result.fail(`Cloud SQL instance ${name} has SSL mode ${sslMode}, which also accepts unencrypted connections.`)
    }
    return requireSsl
      ? result.pass(`Cloud SQL instance ${name} requires SSL (requireSsl).`)
      : result.fail(`Cloud SQL instance ${name} neither requires SSL nor sets an enforcing SSL mode.`)
  },
})
