import { defineCheck } from '../../../evaluate/define-check.js'
import { AZURE_STORAGE_TYPES, type KeyVaultSecretAttributes } from '../../../normalize/azure/types-storage.js'

/** Enabled secrets should carry an expiration date so credentials are rotated. */
export default defineCheck<KeyVaultSecretAttributes>({
  id: 'azure-keyvault-secret-expiry-set',
  title: 'Enabled Key Vault secret has an expiration date',
  resourceType: AZURE_STORAGE_TYPES.keyVaultSecret,
  severity: 'medium',
  categories: ['identity'],
  rationale:
    'Secrets are usually passwords, connection strings and API keys; without an expiration date nothing prompts their rotation, so a leaked value stays usable indefinitely.',
  remediation: {
    steps: ['Set an expiration date on the secret and rotate it before then (Event Grid SecretNearExpiry events can drive the rotation).'],
    cli: 'az keyvault secret set-attributes --vault-name <vault> --name <secret> --expires 2027-01-01T00:00:00Z',
    terraform: 'Set expiration_date on azurerm_key_vault_secret.',
    references: [
      'https://learn.microsoft.com/en-us/azure/key-vault/secrets/about-secrets',
      'https://learn.microsoft.com/en-us/azure/key-vault/secrets/tutorial-rotation',
    ],
  },
  // CIS asks only for enabled secrets: a disabled secret cannot be read.
  applies: (secret) => secret.attributes.enabled,
  evaluate(secret, result) {
    const { expires, vaultName } = secret.attributes
    return expires
      ? result.pass(`Secret ${secret.name} in vault ${vaultName} expires on ${expires.slice(0, 10)}.`)
      : result.fail(`Secret ${secret.name} in vault ${vaultName} is enabled and has no expiration date.`)
  },
})
