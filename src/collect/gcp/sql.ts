import { sqladmin, type sqladmin_v1 } from '@googleapis/sqladmin'
import type { GcpCollector } from './module.js'
import { DISABLED, tokenPages } from './pages.js'

/** A Cloud SQL instance as sqladmin v1 instances.list returns it. */
export type SqlInstanceRaw = sqladmin_v1.Schema$DatabaseInstance

/** Raw Cloud SQL data of one project. */
export interface SqlRaw {
  instances: SqlInstanceRaw[]
}

const INSTANCE = 'gcp.sql.instance'

/** Cloud SQL instances of the project: one paged list carries every setting the checks read. */
export const sqlCollector: GcpCollector<SqlRaw> = {
  service: 'sql',
  scope: 'global',
  produces: [INSTANCE],
  async collect(ctx, session) {
    const api = sqladmin({ version: 'v1', ...session.apiOptions() })
    const list = await ctx.paginate(
      'sqladmin.instances.list',
      (signal) => tokenPages(async (pageToken) => (await api.instances.list({ project: ctx.account, pageToken }, { signal })).data),
      (page) => page.items,
      { affects: [INSTANCE], absentOn: DISABLED },
    )
    return { instances: list.ok ? list.value : [] }
  },
}
