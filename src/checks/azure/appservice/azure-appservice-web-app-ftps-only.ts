import { defineCheck } from '../../../evaluate/define-check.js'
import { AZURE_MANAGEMENT_TYPES, type AppServiceWebAppAttributes } from '../../../normalize/azure/types-management.js'
import { appLabel, siteConfigOf } from '../../_shared/azure-appservice.js'

/** FTP deployment must be off or FTPS only: plain FTP sends the deployment credentials in clear text. */
export default defineCheck<AppServiceWebAppAttributes>({
  id: 'azure-appservice-web-app-ftps-only',
  title: 'App Service app allows FTPS only or disables FTP deployment',
  resourceType: AZURE_MANAGEMENT_TYPES.webApp,
  severity: 'medium',
  categories: ['encryption'],
  rationale:
    'With FTP state AllAllowed, plain FTP carries the publishing credentials and the deployed code unencrypted, so anyone on the path ' +
    'can capture them and deploy their own code to the app (CIS Azure 9.10).',
  remediation: {
    steps: ['In the app, open Configuration > General settings and set FTP state to Disabled (or FTPS only if FTP deployment is still needed).'],
    cli: 'az webapp config set --resource-group <rg> --name <app> --ftps-state Disabled',
    terraform:
      'site_config { ftps_state = "Disabled" } (or "FtpsOnly") on azurerm_linux_web_app / azurerm_windows_web_app (and the *_function_app resources).',
    references: ['https://learn.microsoft.com/azure/app-service/deploy-ftp#enforce-ftps'],
  },
  evaluate(app, result) {
    const { ftpsState } = siteConfigOf(app)
    if (ftpsState === null) return result.error(`${appLabel(app)} did not report its FTP state.`)
    if (ftpsState === 'Disabled') return result.pass(`${appLabel(app)} has FTP deployment disabled.`)
    if (ftpsState === 'FtpsOnly') return result.pass(`${appLabel(app)} accepts FTPS only for deployment.`)
    return result.fail(`${appLabel(app)} accepts plain FTP for deployment (FTP state ${ftpsState}).`)
  },
})
