import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AZURE_DATABASES_TYPES, type AzureSqlDatabaseAttributes } from '../../../normalize/azure/types-databases.js'

/** Transparent data encryption keeps database files, logs and backups encrypted at rest. */
export default defineCheck<AzureSqlDatabaseAttributes>({
  id: 'azure-sql-database-tde-enabled',
  title: 'Azure SQL database has transparent data encryption enabled',
  resourceType: AZURE_DATABASES_TYPES.sqlDatabase,
  severity: 'medium',
  categories: ['encryption'],
  rationale:
    'Without TDE the data, log and backup files of the database are stored unencrypted, so anyone who obtains the files or a ' +
    'backup copy reads the data. New databases have it on; it is off only when someone turned it off.',
  remediation: {
    steps: ['Open the database, Security > Transparent data encryption, and turn data encryption on.'],
    cli: 'az sql db tde set --resource-group <rg> --server <server> --database <database> --status Enabled',
    terraform: 'azurerm_mssql_database: transparent_data_encryption_enabled = true.',
    references: ['https://learn.microsoft.com/azure/azure-sql/database/transparent-data-encryption-tde-overview'],
  },
  evaluate(db, result) {
    const { databaseName: name, serverName } = db.attributes
    const state = known(db.attributes.transparentDataEncryption, 'transparent data encryption')
    return state === 'Enabled'
      ? result.pass(`Database ${name} on SQL server ${serverName} has transparent data encryption enabled.`)
      : result.fail(`Database ${name} on SQL server ${serverName} has transparent data encryption ${state.toLowerCase()}.`)
  },
})
