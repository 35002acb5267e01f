import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type GlueConnectionAttributes } from '../../../normalize/aws/types.js'

/** JDBC connections should require SSL (JDBC_ENFORCE_SSL). */
export default defineCheck<GlueConnectionAttributes>({
  id: 'aws-glue-connection-ssl-required',
  title: 'Glue JDBC connection requires SSL',
  resourceType: AWS.glueConnection,
  severity: 'medium',
  categories: ['encryption'],
  rationale:
    'Without JDBC_ENFORCE_SSL, a Glue job may connect to the database in plaintext, sending the database password and the rows it reads or writes unencrypted across the network.',
  remediation: {
    steps: ['Edit the connection and enable "Require SSL connection" (JDBC_ENFORCE_SSL = true); make sure the database accepts TLS.'],
    cli: 'aws glue update-connection --name <connection> --connection-input \'{"Name":"<connection>","ConnectionType":"JDBC","ConnectionProperties":{"JDBC_CONNECTION_URL":"<url>","JDBC_ENFORCE_SSL":"true","SECRET_ID":"<secret>"}}\'',
    terraform: 'aws_glue_connection: connection_properties = { JDBC_ENFORCE_SSL = "true", ... }.',
    references: ['https://docs.aws.amazon.com/glue/latest/dg/connection-properties.html'],
  },
  applies: (c) => c.attributes.connectionType === 'JDBC',
  evaluate(c, result) {
    const { connectionName, sslRequired } = c.attributes
    return sslRequired
      ? result.pass(`Connection ${connectionName} requires SSL (JDBC_ENFORCE_SSL = true).`)
      : result.fail(`Connection ${connectionName} does not require SSL, so the JDBC connection may be plaintext.`)
  },
})
