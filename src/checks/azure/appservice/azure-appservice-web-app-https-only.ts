import { defineCheck } from '../../../evaluate/define-check.js'
import { AZURE_MANAGEMENT_TYPES, type AppServiceWebAppAttributes } from '../../../normalize/azure/types-management.js'
import { appLabel } from '../../_shared/azure-appservice.js'

/** Apps must redirect HTTP to HTTPS so nothing (sessions, tokens, form data) travels in clear text. */
export default defineCheck<AppServiceWebAppAttributes>({
  id: 'azure-appservice-web-app-https-only',
  title: 'App Service app redirects HTTP to HTTPS (HTTPS only)',
  resourceType: AZURE_MANAGEMENT_TYPES.webApp,
  severity: 'medium',
  categories: ['encryption'],
  rationale:
    'Without HTTPS only, the app also answers plain HTTP on port 80, so cookies, tokens and form data can be read or altered in transit ' +
    'and downgrade attacks work against users who type the bare host name (CIS Azure 9.2).',
  remediation: {
    steps: ['In the app, open Configuration > General settings (or TLS/SSL settings) and set HTTPS Only to On.'],
    cli: 'az webapp update --resource-group <rg> --name <app> --https-only true  # function apps: az functionapp update ... --set httpsOnly=true',
    terraform: 'https_only = true on azurerm_linux_web_app / azurerm_windows_web_app (and the *_function_app resources).',
    references: ['https://learn.microsoft.com/azure/app-service/configure-ssl-bindings#enforce-https'],
  },
  evaluate(app, result) {
    return app.attributes.httpsOnly
      ? result.pass(`${appLabel(app)} redirects HTTP requests to HTTPS.`)
      : result.fail(`${appLabel(app)} answers plain HTTP requests: HTTPS only is off.`)
  },
})
