import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AZURE_DATABASES_TYPES, type AzureSqlServerAttributes } from '../../../normalize/azure/types-databases.js'

/** An Entra administrator enables central identity management (MFA, conditional access, revocation) for the server. */
export default defineCheck<AzureSqlServerAttributes>({
  id: 'azure-sql-server-entra-admin-configured',
  title: 'Azure SQL server has a Microsoft Entra administrator',
  resourceType: AZURE_DATABASES_TYPES.sqlServer,
  severity: 'medium',
  categories: ['identity'],
  rationale:
    'Without an Entra administrator the server accepts only SQL logins, whose passwords are managed per server and escape MFA, ' +
    'conditional access and central off-boarding. Entra authentication is required before SQL authentication can be turned off.',
  remediation: {
    steps: [
      'Open the SQL server, Settings > Microsoft Entra ID, and set an Entra group as administrator.',
      'Consider enabling "Support only Microsoft Entra authentication".',
    ],
    cli: 'az sql server ad-admin create --resource-group <rg> --server-name <server> --display-name <group> --object-id <group-object-id>',
    terraform: 'azurerm_mssql_server: azuread_administrator { login_username = "<group>", object_id = "<id>", azuread_authentication_only = true }.',
    references: [
      'https://learn.microsoft.com/azure/azure-sql/database/authentication-aad-configure',
      'https://learn.microsoft.com/azure/azure-sql/database/authentication-aad-overview',
    ],
  },
  evaluate(server, result) {
    const name = server.attributes.serverName
    const admin = known(server.attributes.entraAdmin, 'Entra administrators')
    if (!admin) return result.fail(`SQL server ${name} has no Microsoft Entra administrator, so only SQL logins can authenticate.`)
    return result.pass(
      `SQL server ${name} has Entra administrator ${admin.login}${admin.azureADOnlyAuthentication ? ' and accepts only Entra authentication' : ''}.`,
    )
  },
})
