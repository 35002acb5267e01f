import { defineCheck } from '../../../evaluate/define-check.js'
import { AZURE_MANAGEMENT_TYPES, type AppServiceWebAppAttributes } from '../../../normalize/azure/types-management.js'
import { appLabel, siteConfigOf } from '../../_shared/azure-appservice.js'

/** Apps must refuse TLS 1.0 and 1.1, which are deprecated and weak. */
export default defineCheck<AppServiceWebAppAttributes>({
  id: 'azure-appservice-web-app-min-tls-12',
  title: 'App Service app requires TLS 1.2 or later',
  resourceType: AZURE_MANAGEMENT_TYPES.webApp,
  severity: 'medium',
  categories: ['encryption'],
  rationale:
    'TLS 1.0 and 1.1 are deprecated (RFC 8996) and allow weak cipher suites; an app that still accepts them lets clients, or an ' +
    'attacker forcing a downgrade, use protocols PCI DSS and NIST no longer accept (CIS Azure 9.3).',
  remediation: {
    steps: ['In the app, open Configuration > General settings and set Minimum inbound TLS version to 1.2 (or 1.3).'],
    cli: 'az webapp config set --resource-group <rg> --name <app> --min-tls-version 1.2',
    terraform: 'site_config { minimum_tls_version = "1.2" } on azurerm_linux_web_app / azurerm_windows_web_app (and the *_function_app resources).',
    references: ['https://learn.microsoft.com/azure/app-service/overview-tls'],
  },
  evaluate(app, result) {
    const { minTlsVersion } = siteConfigOf(app)
    const version = Number.parseFloat(minTlsVersion)
    if (Number.isNaN(version)) return result.error(`${appLabel(app)} reports an unrecognized minimum TLS version "${minTlsVersion}".`)
    return version >= 1.2
      ? result.pass(`${appLabel(app)} requires TLS ${minTlsVersion} or later.`)
      : result.fail(`${appLabel(app)} accepts TLS ${minTlsVersion}, below 1.2.`)
  },
})
