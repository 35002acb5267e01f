import { MySQLManagementFlexibleServerClient, type FirewallRule, type Server } from '@azure/arm-mysql-flexible'
import { mapLimit } from '../limiter.js'
import type { CallResult } from '../collector.js'
import type { AzureCollector } from './module.js'
import { addressable, serverParameters, type ServerParameterRaw } from './databases-common.js'

export type { FirewallRule as MysqlFirewallRule, Server as MysqlFlexibleServer }

/** Server parameters the checks read (https://learn.microsoft.com/azure/mysql/flexible-server/concepts-server-parameters). */
export const MYSQL_PARAMETERS = ['require_secure_transport', 'tls_version', 'audit_log_enabled'] as const

/** One of MYSQL_PARAMETERS. */
export type MysqlParameter = (typeof MYSQL_PARAMETERS)[number]

/** A MySQL flexible server with its firewall rules and the server parameters the checks read. */
export interface MysqlServerRaw {
  server: Server
  firewallRules: CallResult<FirewallRule[]>
  parameters: Record<MysqlParameter, CallResult<ServerParameterRaw | null>>
}

/** Raw Azure Database for MySQL flexible server data of one subscription. */
export interface MysqlRaw {
  servers: MysqlServerRaw[]
}

const SERVER = 'azure.mysql.flexible-server'

/** Azure Database for MySQL flexible servers, their firewall rules and security-relevant server parameters. */
export const mysqlCollector: AzureCollector<MysqlRaw> = {
  service: 'mysql',
  scope: 'global',
  produces: [SERVER],
  async collect(ctx, session) {
    const client = session.client(MySQLManagementFlexibleServerClient, ctx.account)
    const list = await ctx.paginate(
      'servers.list',
      (abortSignal) => client.servers.list({ abortSignal }).byPage(),
      (p) => p,
      { affects: [SERVER] },
    )
    const servers = addressable(list.ok ? list.value : [])
    return {
      servers: await mapLimit(servers, 4, async ({ server, resourceGroup: rg, name, key }) => {
        const [firewallRules, parameters] = await Promise.all([
          ctx.paginate(
            'firewallRules.listByServer',
            (abortSignal) => client.firewallRules.listByServer(rg, name, { abortSignal }).byPage(),
            (p) => p,
            { resource: key },
          ),
          serverParameters(ctx, MYSQL_PARAMETERS, key, (p, abortSignal) => client.configurations.get(rg, name, p, { abortSignal })),
        ])
        return { server, firewallRules, parameters }
      }),
    }
  },
}
