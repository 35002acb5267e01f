import { defineCheck } from '../../../evaluate/define-check.js'
import { AZURE_MANAGEMENT_TYPES, type AppServiceWebAppAttributes } from '../../../normalize/azure/types-management.js'
import { appLabel } from '../../_shared/azure-appservice.js'

/** Apps should reach other Azure services with a managed identity instead of stored secrets. */
export default defineCheck<AppServiceWebAppAttributes>({
  id: 'azure-appservice-web-app-managed-identity',
  title: 'App Service app has a managed identity',
  resourceType: AZURE_MANAGEMENT_TYPES.webApp,
  severity: 'low',
  categories: ['identity'],
  rationale:
    'An app without a managed identity must keep connection strings, keys or client secrets in its settings to reach databases, storage ' +
    'or Key Vault; those secrets leak through configuration exports and never rotate, where managed identity tokens are short-lived (CIS Azure 9.5).',
  remediation: {
    steps: [
      'Turn on the system-assigned identity of the app (Identity > System assigned > On), or assign a user-assigned identity.',
      'Grant the identity roles on the resources the app uses and remove the stored secrets.',
    ],
    cli: 'az webapp identity assign --resource-group <rg> --name <app>  # function apps: az functionapp identity assign',
    terraform: 'identity { type = "SystemAssigned" } on azurerm_linux_web_app / azurerm_windows_web_app (and the *_function_app resources).',
    references: ['https://learn.microsoft.com/azure/app-service/overview-managed-identity'],
  },
  evaluate(app, result) {
    const type = app.attributes.identityType
    return type.toLowerCase() === 'none'
      ? result.fail(`${appLabel(app)} has no managed identity.`)
      : result.pass(`${appLabel(app)} has a managed identity (${type}).`)
  },
})
