import { defineCheck } from '../../../evaluate/define-check.js'
import { AZURE_MANAGEMENT_TYPES, type AppServiceWebAppAttributes } from '../../../normalize/azure/types-management.js'
import { appLabel, siteConfigOf } from '../../_shared/azure-appservice.js'

/** Remote debugging must be off outside a debugging session: it opens extra inbound ports into the app. */
export default defineCheck<AppServiceWebAppAttributes>({
  id: 'azure-appservice-web-app-remote-debugging-disabled',
  title: 'App Service app has remote debugging turned off',
  resourceType: AZURE_MANAGEMENT_TYPES.webApp,
  severity: 'medium',
  categories: ['network'],
  rationale:
    'Remote debugging opens an inbound debugger endpoint and lets whoever attaches inspect the memory, secrets and requests ' +
    'of the running app; it is meant for short sessions and is often forgotten on.',
  remediation: {
    steps: ['In the app, open Configuration > General settings and set Remote debugging to Off.'],
    cli: 'az webapp config set --resource-group <rg> --name <app> --remote-debugging-enabled false',
    terraform:
      'site_config { remote_debugging_enabled = false } on azurerm_linux_web_app / azurerm_windows_web_app (and the *_function_app resources).',
    references: ['https://learn.microsoft.com/azure/app-service/configure-common#configure-general-settings'],
  },
  evaluate(app, result) {
    const { remoteDebuggingEnabled } = siteConfigOf(app)
    if (remoteDebuggingEnabled === null) return result.error(`${appLabel(app)} did not report whether remote debugging is on.`)
    return remoteDebuggingEnabled
      ? result.fail(`${appLabel(app)} has remote debugging turned on.`)
      : result.pass(`${appLabel(app)} has remote debugging turned off.`)
  },
})
