import { defineCheck } from '../../../evaluate/define-check.js'
import { AZURE_DATABASES_TYPES, type AzureAcrRegistryAttributes } from '../../../normalize/azure/types-databases.js'

/** Anonymous pull lets anyone who reaches the registry download every image without credentials. */
export default defineCheck<AzureAcrRegistryAttributes>({
  id: 'azure-acr-registry-anonymous-pull-disabled',
  title: 'Container registry does not allow anonymous (unauthenticated) pull',
  resourceType: AZURE_DATABASES_TYPES.acrRegistry,
  severity: 'high',
  categories: ['data-exposure'],
  rationale:
    'Images carry application code, internal endpoints and sometimes baked-in secrets; anonymous pull hands all of them to anyone ' +
    'who can reach the registry, with no identity recorded.',
  remediation: {
    steps: ['Disable anonymous pull.', 'Give consumers AcrPull through their managed identity or a repository-scoped token.'],
    cli: 'az acr update --name <registry> --anonymous-pull-enabled false',
    terraform: 'azurerm_container_registry: anonymous_pull_enabled = false.',
    references: ['https://learn.microsoft.com/azure/container-registry/anonymous-pull-access'],
  },
  evaluate(registry, result) {
    const name = registry.attributes.registryName
    return registry.attributes.anonymousPullEnabled
      ? result.fail(`Container registry ${name} lets anyone pull images without authenticating.`)
      : result.pass(`Container registry ${name} requires authentication to pull images.`)
  },
})
