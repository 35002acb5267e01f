import { defineCheck } from '../../../evaluate/define-check.js'
import { AZURE_STORAGE_TYPES, type KeyVaultAttributes } from '../../../normalize/azure/types-storage.js'

/** Vault data access should be granted with Azure RBAC rather than vault access policies. */
export default defineCheck<KeyVaultAttributes>({
  id: 'azure-keyvault-vault-rbac-authorization',
  title: 'Key Vault authorizes data access with Azure RBAC',
  resourceType: AZURE_STORAGE_TYPES.keyVault,
  severity: 'medium',
  categories: ['identity'],
  rationale:
    'Access policies are per-vault, cannot be scoped to single keys or secrets, and anyone with Contributor on the vault can grant themselves data access through them; Azure RBAC gives fine-grained, centrally audited roles, PIM and deny assignments.',
  remediation: {
    steps: [
      'Assign the Key Vault data roles (Key Vault Secrets User, Crypto User, ...) matching the current access policies.',
      'Switch the vault permission model to Azure role-based access control.',
    ],
    cli: 'az keyvault update --name <vault> --resource-group <rg> --enable-rbac-authorization true',
    terraform:
      'Set enable_rbac_authorization = true on azurerm_key_vault (rbac_authorization_enabled in provider 4.x) and replace access_policy blocks with azurerm_role_assignment.',
    references: [
      'https://learn.microsoft.com/en-us/azure/key-vault/general/rbac-guide',
      'https://learn.microsoft.com/en-us/azure/key-vault/general/rbac-migration',
    ],
  },
  evaluate(vault, result) {
    const { enableRbacAuthorization, accessPolicyCount } = vault.attributes
    return enableRbacAuthorization
      ? result.pass(`Key Vault ${vault.name} authorizes data access with Azure RBAC.`)
      : result.fail(
          `Key Vault ${vault.name} authorizes data access with ${accessPolicyCount} vault access policy entr${accessPolicyCount === 1 ? 'y' : 'ies'} instead of Azure RBAC.`,
        )
  },
})
