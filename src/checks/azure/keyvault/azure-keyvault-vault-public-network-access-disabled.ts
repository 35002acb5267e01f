import { defineCheck } from '../../../evaluate/define-check.js'
import { AZURE_STORAGE_TYPES, type KeyVaultAttributes } from '../../../normalize/azure/types-storage.js'

/** Vaults should be reachable only through private endpoints (and trusted services), not from the internet. */
export default defineCheck<KeyVaultAttributes>({
  id: 'azure-keyvault-vault-public-network-access-disabled',
  title: 'Key Vault has public network access disabled',
  resourceType: AZURE_STORAGE_TYPES.keyVault,
  severity: 'medium',
  categories: ['network'],
  rationale:
    'A vault with a public endpoint can be reached from any network its firewall allows, so a stolen token for an identity with data access can read secrets from anywhere; private endpoints keep key and secret traffic inside your networks.',
  remediation: {
    steps: [
      'Create a private endpoint for the vault and the privatelink.vaultcore.azure.net DNS zone.',
      'Set public network access of the vault to Disabled.',
    ],
    cli: 'az keyvault update --name <vault> --resource-group <rg> --public-network-access Disabled',
    terraform: 'Set public_network_access_enabled = false on azurerm_key_vault and add an azurerm_private_endpoint for it.',
    references: [
      'https://learn.microsoft.com/en-us/azure/key-vault/general/network-security',
      'https://learn.microsoft.com/en-us/azure/key-vault/general/private-link-service',
    ],
  },
  evaluate(vault, result) {
    const { publicNetworkAccess, networkAcls } = vault.attributes
    if (publicNetworkAccess.toLowerCase() === 'disabled') return result.pass(`Key Vault ${vault.name} has public network access disabled.`)
    return result.fail(
      `Key Vault ${vault.name} has public network access enabled (${networkAcls.defaultAction === 'Deny' ? 'limited by firewall rules' : 'from all networks'}).`,
    )
  },
})
