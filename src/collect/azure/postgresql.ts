import { PostgreSQLManagementFlexibleServerClient, type FirewallRule, type Server } from '@azure/arm-postgresql-flexible'
import type { AzureCollector } from './module.js'
import { collectFlexibleServers, type FlexibleServerRaw } from './databases-common.js'

export type { FirewallRule as PostgresqlFirewallRule, Server as PostgresqlFlexibleServer }

/** Server parameters the checks read (https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-server-parameters). */
export const POSTGRESQL_PARAMETERS = ['require_secure_transport', 'ssl_min_protocol_version', 'logfiles.retention_days'] as const

/** One of POSTGRESQL_PARAMETERS. */
export type PostgresqlParameter = (typeof POSTGRESQL_PARAMETERS)[number]

/** A PostgreSQL flexible server with its firewall rules and the server parameters the checks read. */
export type PostgresqlServerRaw = FlexibleServerRaw<Server, FirewallRule, PostgresqlParameter>

/** Raw Azure Database for PostgreSQL flexible server data of one subscription. */
export interface PostgresqlRaw {
  servers: PostgresqlServerRaw[]
}

const SERVER = 'azure.postgresql.flexible-server'

/** Azure Database for PostgreSQL flexible servers, their firewall rules and security-relevant server parameters. */
export const postgresqlCollector: AzureCollector<PostgresqlRaw> = {
  service: 'postgresql',
  scope: 'global',
  produces: [SERVER],
  collect(ctx, session) {
    const client = session.client(PostgreSQLManagementFlexibleServerClient, ctx.account)
    return collectFlexibleServers(ctx, SERVER, POSTGRESQL_PARAMETERS, {
      listApi: 'servers.listBySubscription',
      servers: (abortSignal) => client.servers.listBySubscription({ abortSignal }).byPage(),
      firewallRules: (rg, name, abortSignal) => client.firewallRules.listByServer(rg, name, { abortSignal }).byPage(),
      parameter: (rg, name, parameter, abortSignal) => client.configurations.get(rg, name, parameter, { abortSignal }),
    })
  },
}
