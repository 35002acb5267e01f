import { defineCheck } from '../../../evaluate/define-check.js'
import { AZURE_MANAGEMENT_TYPES, type AppServiceWebAppAttributes } from '../../../normalize/azure/types-management.js'
import { appLabel } from '../../_shared/azure-appservice.js'

/** Apps that serve known clients should require client certificates (mutual TLS). */
export default defineCheck<AppServiceWebAppAttributes>({
  id: 'azure-appservice-web-app-client-certificates',
  title: 'App Service app requires incoming client certificates',
  resourceType: AZURE_MANAGEMENT_TYPES.webApp,
  severity: 'low',
  categories: ['identity'],
  rationale:
    'With client certificate mode Required, only callers presenting a certificate complete the TLS handshake, so stolen passwords or ' +
    'tokens alone do not reach the app; Optional modes accept clients without one (CIS Azure 9.4).',
  remediation: {
    steps: [
      'In the app, open Configuration > General settings, set Client certificate mode to Require, and validate the certificate in the app.',
      'Exclude only the paths that must stay reachable without one (client certificate exclusion paths).',
    ],
    cli: 'az webapp update --resource-group <rg> --name <app> --set clientCertEnabled=true clientCertMode=Required',
    terraform:
      'client_certificate_enabled = true and client_certificate_mode = "Required" on azurerm_linux_web_app / azurerm_windows_web_app (and the *_function_app resources).',
    references: ['https://learn.microsoft.com/azure/app-service/app-service-web-configure-tls-mutual-auth'],
  },
  evaluate(app, result) {
    const { clientCertEnabled, clientCertMode } = app.attributes
    if (!clientCertEnabled) return result.fail(`${appLabel(app)} does not ask for client certificates.`)
    if (clientCertMode === null) return result.error(`${appLabel(app)} enables client certificates but did not report their mode.`)
    return clientCertMode === 'Required'
      ? result.pass(`${appLabel(app)} requires a client certificate on every request.`)
      : result.fail(`${appLabel(app)} accepts clients without a certificate (client certificate mode ${clientCertMode}).`)
  },
})
