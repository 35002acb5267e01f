import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AZURE_DATABASES_TYPES, type AzureSqlServerAttributes } from '../../../normalize/azure/types-databases.js'

/** A customer-managed TDE protector puts key rotation, revocation and audit in the customer's hands. */
export default defineCheck<AzureSqlServerAttributes>({
  id: 'azure-sql-server-tde-cmk',
  title: 'Azure SQL server protects TDE with a customer-managed key',
  resourceType: AZURE_DATABASES_TYPES.sqlServer,
  severity: 'low',
  categories: ['encryption'],
  rationale:
    'With a service-managed protector Microsoft controls the key that unlocks every database of the server; a Key Vault key lets ' +
    'the owner rotate it, audit its use and revoke access to the data (crypto-shredding) when required.',
  remediation: {
    steps: [
      'Create an RSA key in a Key Vault with soft delete and purge protection, and grant the server identity get, wrapKey and unwrapKey.',
      "Set that key as the server's TDE protector.",
    ],
    cli: 'az sql server tde-key set --resource-group <rg> --server <server> --server-key-type AzureKeyVault --kid <key-uri>',
    terraform: 'Declare azurerm_mssql_server_transparent_data_encryption with key_vault_key_id = <azurerm_key_vault_key id>.',
    references: ['https://learn.microsoft.com/azure/azure-sql/database/transparent-data-encryption-byok-overview'],
  },
  evaluate(server, result) {
    const name = server.attributes.serverName
    const p = known(server.attributes.encryptionProtector, 'TDE protector')
    return p.serverKeyType === 'AzureKeyVault'
      ? result.pass(`SQL server ${name} protects TDE with customer-managed key ${p.keyUri ?? '(Key Vault)'}.`)
      : result.fail(`SQL server ${name} protects TDE with a ${p.serverKeyType === 'ServiceManaged' ? 'service-managed' : p.serverKeyType} key.`)
  },
})
