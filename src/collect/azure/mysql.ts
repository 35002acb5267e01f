import { MySQLManagementFlexibleServerClient, type FirewallRule, type Server } from '@azure/arm-mysql-flexible'
import type { AzureCollector } from './module.js'
import { collectFlexibleServers, type FlexibleServerRaw } from './databases-common.js'

export type { FirewallRule as MysqlFirewallRule, Server as MysqlFlexibleServer }

/** Server parameters the checks read (https://learn.microsoft.com/azure/mysql/flexible-server/concepts-server-parameters). */
export const MYSQL_PARAMETERS = ['require_secure_transport', 'tls_version', 'audit_log_enabled'] as const

/** One of MYSQL_PARAMETERS. */
export type MysqlParameter = (typeof MYSQL_PARAMETERS)[number]

/** A MySQL flexible server with its firewall rules and the server parameters the checks read. */
export type MysqlServerRaw = FlexibleServerRaw<Server, FirewallRule, MysqlParameter>

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
  collect(ctx, session) {
    const client = session.client(MySQLManagementFlexibleServerClient, ctx.account)
    return collectFlexibleServers(ctx, SERVER, MYSQL_PARAMETERS, {
      listApi: 'servers.list',
      servers: (abortSignal) => client.servers.list({ abortSignal }).byPage(),
      firewallRules: (rg, name, abortSignal) => client.firewallRules.listByServer(rg, name, { abortSignal }).byPage(),
      parameter: (rg, name, parameter, abortSignal) => client.configurations.get(rg, name, parameter, { abortSignal }),
    })
  },
}
