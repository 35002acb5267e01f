import { PostgreSQLManagementFlexibleServerClient, type FirewallRule, type Server } from '@azure/arm-postgresql-flexible'
import { mapLimit } from '../limiter.js'
import type { CallResult } from '../collector.js'
import type { AzureCollector } from './module.js'
import { addressable, serverParameters, type ServerParameterRaw } from './databases-common.js'

export type { FirewallRule as PostgresqlFirewallRule, Server as PostgresqlFlexibleServer }

/** Server parameters the checks read (https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-server-parameters). */
export const POSTGRESQL_PARAMETERS = ['require_secure_transport', 'ssl_min_protocol_version', 'logfiles.retention_days'] as const

/** One of POSTGRESQL_PARAMETERS. */
export type PostgresqlParameter = (typeof POSTGRESQL_PARAMETERS)[number]

/** A PostgreSQL flexible server with its firewall rules and the server parameters the checks read. */
export interface PostgresqlServerRaw {
  server: Server
  firewallRules: CallResult<FirewallRule[]>
  parameters: Record<PostgresqlParameter, CallResult<ServerParameterRaw | null>>
}

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
  async collect(ctx, session) {
    const client = session.client(PostgreSQLManagementFlexibleServerClient, ctx.account)
    const list = await ctx.paginate(
      'servers.listBySubscription',
      (abortSignal) => client.servers.listBySubscription({ abortSignal }).byPage(),
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
          serverParameters(ctx, POSTGRESQL_PARAMETERS, key, (p, abortSignal) => client.configurations.get(rg, name, p, { abortSignal })),
        ])
        return { server, firewallRules, parameters }
      }),
    }
  },
}
