import { defineCheck } from '../../../evaluate/define-check.js'
import { AZURE_DATABASES_TYPES, type AzureAcrRegistryAttributes } from '../../../normalize/azure/types-databases.js'

/** A registry reached only through private endpoints cannot be pulled from, or pushed to, from the internet. */
export default defineCheck<AzureAcrRegistryAttributes>({
  id: 'azure-acr-registry-public-network-access-disabled',
  title: 'Container registry has public network access disabled',
  resourceType: AZURE_DATABASES_TYPES.acrRegistry,
  severity: 'medium',
  categories: ['network'],
  rationale:
    'With public network access on, the registry endpoint answers from the internet and stolen credentials or tokens can push ' +
    'or pull images from anywhere; private endpoints keep registry traffic on private networks.',
  remediation: {
    steps: ['Create private endpoints for the registry (Premium SKU).', 'Disable public network access.'],
    cli: 'az acr update --name <registry> --public-network-enabled false',
    terraform: 'azurerm_container_registry: public_network_access_enabled = false, with azurerm_private_endpoint for the registry.',
    references: ['https://learn.microsoft.com/azure/container-registry/container-registry-private-link'],
  },
  evaluate(registry, result) {
    const { registryName: name, publicNetworkAccess: access, networkDefaultAction, ipRules } = registry.attributes
    if (access === 'Disabled') return result.pass(`Container registry ${name} has public network access disabled.`)
    return networkDefaultAction === 'Deny'
      ? result.fail(`Container registry ${name} has public network access enabled, limited to ${ipRules.length} IP rule(s).`)
      : result.fail(`Container registry ${name} has public network access enabled from all networks.`)
  },
})
