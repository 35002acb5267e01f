import { WebSiteManagementClient, type Site, type SiteConfigResource } from '@azure/arm-appservice'
import { mapLimit } from '../limiter.js'
import type { CallResult } from '../collector.js'
import type { AzureCollector } from './module.js'

/** One App Service app as webApps.list returns it, with its site configuration (config/web). */
export interface WebAppRaw {
  site: Site
  config: CallResult<SiteConfigResource | null>
}

/** Raw App Service data of one subscription. */
export interface AppServiceRaw {
  apps: WebAppRaw[]
}

const WEB_APP = 'azure.appservice.web-app'

/** The resource group in an ARM id (site calls are addressed by group and name). */
function groupOf(id: string): string {
  return /\/resourceGroups\/([^/]+)/i.exec(id)?.[1] ?? ''
}

/**
 * App Service apps of a subscription (web apps, function apps and Logic Apps Standard: one paged list) with each
 * app's site configuration as a per-app call: the list does not carry siteConfig (it "is not returned in response to
 * normal create and read requests").
 */
export const appServiceCollector: AzureCollector<AppServiceRaw> = {
  service: 'appservice',
  scope: 'global',
  produces: [WEB_APP],
  async collect(ctx, session) {
    const client = session.client(WebSiteManagementClient, ctx.account)
    const list = await ctx.paginate(
      'webApps.list',
      (abortSignal) => client.webApps.list({ abortSignal }).byPage(),
      (page) => page,
      { affects: [WEB_APP] },
    )
    const sites = list.ok ? list.value.filter((s) => !!s.id && !!s.name) : []
    const apps = await mapLimit(sites, 8, async (site): Promise<WebAppRaw> => {
      const config = await ctx.call(
        'webApps.getConfiguration',
        (abortSignal) => client.webApps.getConfiguration(groupOf(site.id!), site.name!, { abortSignal }),
        { resource: site.id!.toLowerCase() },
      )
      return { site, config }
    })
    return { apps }
  },
}
