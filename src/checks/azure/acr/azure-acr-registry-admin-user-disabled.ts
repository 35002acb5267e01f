import { defineCheck } from '../../../evaluate/define-check.js'
import { AZURE_DATABASES_TYPES, type AzureAcrRegistryAttributes } from '../../../normalize/azure/types-databases.js'

/** The admin user is one shared username/password with push and pull rights on the whole registry. */
export default defineCheck<AzureAcrRegistryAttributes>({
  id: 'azure-acr-registry-admin-user-disabled',
  title: 'Container registry has the admin user disabled',
  resourceType: AZURE_DATABASES_TYPES.acrRegistry,
  severity: 'medium',
  categories: ['identity'],
  rationale:
    "The admin account's two passwords give full push and pull access, are shared by whoever needs them, and cannot be scoped or " +
    'traced to a person; a leaked password lets anyone replace images that production pulls.',
  remediation: {
    steps: [
      'Move clients to Entra ID: managed identities or service principals with AcrPull / AcrPush, or repository-scoped tokens.',
      'Disable the admin user.',
    ],
    cli: 'az acr update --name <registry> --admin-enabled false',
    terraform: 'azurerm_container_registry: admin_enabled = false.',
    references: ['https://learn.microsoft.com/azure/container-registry/container-registry-authentication#admin-account'],
  },
  evaluate(registry, result) {
    const name = registry.attributes.registryName
    return registry.attributes.adminUserEnabled
      ? result.fail(`Container registry ${name} has the admin user enabled.`)
      : result.pass(`Container registry ${name} has the admin user disabled.`)
  },
})
