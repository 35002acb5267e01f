import { defineCheck } from '../../../evaluate/define-check.js'
import { AZURE_MANAGEMENT_TYPES, type AppServiceWebAppAttributes } from '../../../normalize/azure/types-management.js'
import { appLabel, siteConfigOf } from '../../_shared/azure-appservice.js'

/** Apps should serve HTTP/2, the current HTTP version. */
export default defineCheck<AppServiceWebAppAttributes>({
  id: 'azure-appservice-web-app-http2-enabled',
  title: 'App Service app serves HTTP/2',
  resourceType: AZURE_MANAGEMENT_TYPES.webApp,
  severity: 'low',
  categories: ['patching'],
  rationale:
    'Newer HTTP versions carry protocol fixes and browsers use HTTP/2 only over TLS; an app left on HTTP/1.1 misses them, and CIS asks ' +
    'apps to run the latest HTTP version App Service offers (CIS Azure 9.9).',
  remediation: {
    steps: ['In the app, open Configuration > General settings and set HTTP version to 2.0.'],
    cli: 'az webapp config set --resource-group <rg> --name <app> --http20-enabled true',
    terraform: 'site_config { http2_enabled = true } on azurerm_linux_web_app / azurerm_windows_web_app (and the *_function_app resources).',
    references: ['https://learn.microsoft.com/azure/app-service/configure-common#configure-general-settings'],
  },
  evaluate(app, result) {
    const { http20Enabled } = siteConfigOf(app)
    if (http20Enabled === null) return result.error(`${appLabel(app)} did not report whether HTTP/2 is enabled.`)
    return http20Enabled ? result.pass(`${appLabel(app)} serves HTTP/2.`) : result.fail(`${appLabel(app)} serves HTTP/1.1 only.`)
  },
})
