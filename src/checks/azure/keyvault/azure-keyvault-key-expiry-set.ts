import { defineCheck } from '../../../evaluate/define-check.js'
import { AZURE_STORAGE_TYPES, type KeyVaultKeyAttributes } from '../../../normalize/azure/types-storage.js'

/** Enabled keys should carry an expiration date so they are rotated rather than used forever. */
export default defineCheck<KeyVaultKeyAttributes>({
  id: 'azure-keyvault-key-expiry-set',
  title: 'Enabled Key Vault key has an expiration date',
  resourceType: AZURE_STORAGE_TYPES.keyVaultKey,
  severity: 'medium',
  categories: ['encryption'],
  rationale:
    'A key without an expiration date can be used indefinitely, so a compromised or weak key stays valid and rotation depends on someone remembering; an expiry (ideally with a rotation policy) bounds its lifetime.',
  remediation: {
    steps: ['Set an expiration date on the key, or a rotation policy that creates new versions with an expiry.'],
    cli: 'az keyvault key set-attributes --vault-name <vault> --name <key> --expires 2027-01-01T00:00:00Z',
    terraform: 'Set expiration_date (or rotation_policy { expire_after = "P1Y" }) on azurerm_key_vault_key.',
    references: [
      'https://learn.microsoft.com/en-us/azure/key-vault/keys/about-keys-details',
      'https://learn.microsoft.com/en-us/azure/key-vault/keys/how-to-configure-key-rotation',
    ],
  },
  // CIS asks only for enabled keys: a disabled key cannot be used.
  applies: (key) => key.attributes.enabled,
  evaluate(key, result) {
    const { expires, vaultName } = key.attributes
    return expires
      ? result.pass(`Key ${key.name} in vault ${vaultName} expires on ${expires.slice(0, 10)}.`)
      : result.fail(`Key ${key.name} in vault ${vaultName} is enabled and has no expiration date.`)
  },
})
