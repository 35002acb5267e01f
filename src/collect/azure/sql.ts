import {
  SqlManagementClient,
  type Database,
  type EncryptionProtector,
  type FirewallRule,
  type LogicalDatabaseTransparentDataEncryption,
  type Server,
  type ServerAdvancedThreatProtection,
  type ServerAzureADAdministrator,
  type ServerBlobAuditingPolicy,
} from '@azure/arm-sql'
import { mapLimit } from '../limiter.js'
import type { CallResult, CollectContext } from '../collector.js'
import type { AzureCollector } from './module.js'
import { addressable, armKey, type ArmServer } from './databases-common.js'

export type {
  Database as SqlDatabase,
  EncryptionProtector as SqlEncryptionProtector,
  FirewallRule as SqlFirewallRule,
  LogicalDatabaseTransparentDataEncryption as SqlTransparentDataEncryption,
  Server as SqlServer,
  ServerAdvancedThreatProtection as SqlServerThreatProtection,
  ServerAzureADAdministrator as SqlServerEntraAdmin,
  ServerBlobAuditingPolicy as SqlServerAuditing,
}

/** A user database and its transparent data encryption setting. */
export interface SqlDatabaseRaw {
  database: Database
  tde: CallResult<LogicalDatabaseTransparentDataEncryption | null>
}

/** A SQL logical server with the result of each server-level settings call. */
export interface SqlServerRaw {
  server: Server
  firewallRules: CallResult<FirewallRule[]>
  auditing: CallResult<ServerBlobAuditingPolicy | null>
  administrators: CallResult<ServerAzureADAdministrator[]>
  threatProtection: CallResult<ServerAdvancedThreatProtection | null>
  encryptionProtector: CallResult<EncryptionProtector | null>
  /** Its user databases; empty when listing them failed (that failure marks every database of the subscription incomplete). */
  databases: SqlDatabaseRaw[]
}

/** Raw Azure SQL data of one subscription. */
export interface SqlRaw {
  servers: SqlServerRaw[]
}

const SERVER = 'azure.sql.server'
const DATABASE = 'azure.sql.database'

/** Server-level settings, one call each (each failure leaves only that attribute Unknown). */
async function serverSettings(ctx: CollectContext, client: SqlManagementClient, s: ArmServer<Server>) {
  const { resourceGroup: rg, name, key: resource } = s
  const [firewallRules, auditing, administrators, threatProtection, encryptionProtector] = await Promise.all([
    ctx.paginate(
      'firewallRules.listByServer',
      (abortSignal) => client.firewallRules.listByServer(rg, name, { abortSignal }).byPage(),
      (p) => p,
      { resource },
    ),
    ctx.call('serverBlobAuditingPolicies.get', (abortSignal) => client.serverBlobAuditingPolicies.get(rg, name, { abortSignal }), { resource }),
    ctx.paginate(
      'serverAzureADAdministrators.listByServer',
      (abortSignal) => client.serverAzureADAdministrators.listByServer(rg, name, { abortSignal }).byPage(),
      (p) => p,
      { resource },
    ),
    ctx.call(
      'serverAdvancedThreatProtectionSettings.get',
      (abortSignal) => client.serverAdvancedThreatProtectionSettings.get(rg, name, 'Default', { abortSignal }),
      { resource },
    ),
    ctx.call('encryptionProtectors.get', (abortSignal) => client.encryptionProtectors.get(rg, name, 'current', { abortSignal }), { resource }),
  ])
  return { firewallRules, auditing, administrators, threatProtection, encryptionProtector }
}

/** The server's user databases, each with its TDE state ('master' is a system database and is left out). */
async function databasesOf(ctx: CollectContext, client: SqlManagementClient, s: ArmServer<Server>): Promise<SqlDatabaseRaw[]> {
  const list = await ctx.paginate(
    'databases.listByServer',
    (abortSignal) => client.databases.listByServer(s.resourceGroup, s.name, { abortSignal }).byPage(),
    (p) => p,
    { affects: [DATABASE] },
  )
  const user = list.ok ? list.value.filter((d) => d.name && d.name.toLowerCase() !== 'master') : []
  return mapLimit(user, 8, async (database) => ({
    database,
    tde: await ctx.call(
      'transparentDataEncryptions.get',
      (abortSignal) => client.transparentDataEncryptions.get(s.resourceGroup, s.name, database.name!, 'current', { abortSignal }),
      { resource: armKey(database.id) },
    ),
  }))
}

/** Azure SQL logical servers (firewall, auditing, Entra admin, Defender, TDE protector) and their user databases. */
export const sqlCollector: AzureCollector<SqlRaw> = {
  service: 'sql',
  scope: 'global',
  produces: [SERVER, DATABASE],
  async collect(ctx, session) {
    const client = session.client(SqlManagementClient, ctx.account)
    const list = await ctx.paginate(
      'servers.list',
      (abortSignal) => client.servers.list({ abortSignal }).byPage(),
      (p) => p,
      { affects: [SERVER, DATABASE] },
    )
    const servers = addressable(list.ok ? list.value : [])
    return {
      servers: await mapLimit(servers, 4, async (s) => {
        const [settings, databases] = await Promise.all([serverSettings(ctx, client, s), databasesOf(ctx, client, s)])
        return { server: s.server, ...settings, databases }
      }),
    }
  },
}
