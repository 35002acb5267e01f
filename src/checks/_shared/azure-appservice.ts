/** Helpers for the App Service checks: web apps and function apps share the checks, and messages say which one. */
import type { Resource } from '../../core/resource.js'
import { known } from '../../core/unknown.js'
import type { AppServiceSiteConfig, AppServiceWebAppAttributes } from '../../normalize/azure/types-management.js'

/** "Web app shop" or "Function app orders". */
export function appLabel(app: Resource<AppServiceWebAppAttributes>): string {
  return `${app.attributes.isFunctionApp ? 'Function app' : 'Web app'} ${app.name}`
}

/** The app's site configuration (ERROR when webApps.getConfiguration failed). */
export function siteConfigOf(app: Resource<AppServiceWebAppAttributes>): AppServiceSiteConfig {
  return known(app.attributes.config, `site configuration of ${appLabel(app).toLowerCase()}`)
}
